#include "demo/namecatalogue.h"

namespace fc {

const QList<QString> &NameCatalogue::femaleForenames()
{
    static const QList<QString> kNames = {
        QStringLiteral("Amy"),       QStringLiteral("Emma"),      QStringLiteral("Olivia"),
        QStringLiteral("Sophie"),    QStringLiteral("Jessica"),   QStringLiteral("Chloe"),
        QStringLiteral("Lauren"),    QStringLiteral("Hannah"),    QStringLiteral("Rebecca"),
        QStringLiteral("Charlotte"), QStringLiteral("Emily"),     QStringLiteral("Megan"),
        QStringLiteral("Bethany"),   QStringLiteral("Zoë"),       QStringLiteral("Siobhán"),
        QStringLiteral("Niamh"),     QStringLiteral("Róisín"),    QStringLiteral("Chloé"),
        QStringLiteral("Renée"),     QStringLiteral("Aoife"),     QStringLiteral("Leah"),
        QStringLiteral("Jade"),      QStringLiteral("Kayleigh"),  QStringLiteral("Danielle"),
        QStringLiteral("Stacey"),    QStringLiteral("Gemma"),     QStringLiteral("Nicola"),
        QStringLiteral("Kelly"),     QStringLiteral("Sarah"),     QStringLiteral("Rachel"),
        QStringLiteral("Laura"),     QStringLiteral("Natalie"),   QStringLiteral("Aisha"),
        QStringLiteral("Fatima"),    QStringLiteral("Ayesha"),    QStringLiteral("Zainab"),
        QStringLiteral("Maryam"),    QStringLiteral("Priya"),     QStringLiteral("Anjali"),
        QStringLiteral("Simran"),    QStringLiteral("Amira"),     QStringLiteral("Leila"),
        QStringLiteral("Agnieszka"), QStringLiteral("Katarzyna"), QStringLiteral("Ioana"),
        QStringLiteral("Elena"),     QStringLiteral("Maria"),     QStringLiteral("Ana"),
        QStringLiteral("Precious"),  QStringLiteral("Chantelle"), QStringLiteral("Shanice"),
        QStringLiteral("Tiffany"),   QStringLiteral("Courtney"),  QStringLiteral("Paige"),
        QStringLiteral("Demi"),      QStringLiteral("Kirsty"),    QStringLiteral("Louise"),
        QStringLiteral("Joanne"),    QStringLiteral("Claire"),    QStringLiteral("Donna"),
        QStringLiteral("Tracey"),    QStringLiteral("Lisa"),      QStringLiteral("Michelle"),
        QStringLiteral("Amber"),     QStringLiteral("Ellie"),     QStringLiteral("Grace"),
        QStringLiteral("Lucy"),      QStringLiteral("Mia"),       QStringLiteral("Ruby"),
        QStringLiteral("Poppy"),     QStringLiteral("Evie"),      QStringLiteral("Holly"),
        QStringLiteral("Molly"),
    };
    return kNames;
}

const QList<QString> &NameCatalogue::maleForenames()
{
    static const QList<QString> kNames = {
        QStringLiteral("Jack"),       QStringLiteral("Thomas"),   QStringLiteral("James"),
        QStringLiteral("Daniel"),     QStringLiteral("Ryan"),     QStringLiteral("Liam"),
        QStringLiteral("Connor"),     QStringLiteral("Callum"),   QStringLiteral("Kyle"),
        QStringLiteral("Jordan"),     QStringLiteral("Lewis"),    QStringLiteral("Adam"),
        QStringLiteral("Luke"),       QStringLiteral("Nathan"),   QStringLiteral("Jamie"),
        QStringLiteral("Dean"),       QStringLiteral("Craig"),    QStringLiteral("Lee"),
        QStringLiteral("Wayne"),      QStringLiteral("Darren"),   QStringLiteral("Gary"),
        QStringLiteral("Paul"),       QStringLiteral("Mark"),     QStringLiteral("Stephen"),
        QStringLiteral("Michael"),    QStringLiteral("David"),    QStringLiteral("Christopher"),
        QStringLiteral("Andrew"),     QStringLiteral("Matthew"),  QStringLiteral("Anthony"),
        QStringLiteral("Sean"),       QStringLiteral("Seán"),     QStringLiteral("Ciarán"),
        QStringLiteral("Declan"),     QStringLiteral("Patrick"),  QStringLiteral("Conor"),
        QStringLiteral("Mohammed"),   QStringLiteral("Muhammad"), QStringLiteral("Ahmed"),
        QStringLiteral("Ali"),        QStringLiteral("Hassan"),   QStringLiteral("Imran"),
        QStringLiteral("Bilal"),      QStringLiteral("Usman"),    QStringLiteral("Zain"),
        QStringLiteral("Harpreet"),   QStringLiteral("Gurpreet"), QStringLiteral("Rajesh"),
        QStringLiteral("Sanjay"),     QStringLiteral("Vikram"),   QStringLiteral("Arjun"),
        QStringLiteral("Piotr"),      QStringLiteral("Tomasz"),   QStringLiteral("Krzysztof"),
        QStringLiteral("Marek"),      QStringLiteral("Andrei"),   QStringLiteral("Bogdan"),
        QStringLiteral("Florin"),     QStringLiteral("Ionut"),    QStringLiteral("Dariusz"),
        QStringLiteral("Aleksander"), QStringLiteral("Tyrone"),   QStringLiteral("Marcus"),
        QStringLiteral("Dwayne"),     QStringLiteral("Jermaine"), QStringLiteral("Kieran"),
        QStringLiteral("Reece"),      QStringLiteral("Brandon"),  QStringLiteral("Mason"),
        QStringLiteral("Tyler"),      QStringLiteral("Kai"),      QStringLiteral("Charlie"),
        QStringLiteral("Harry"),      QStringLiteral("Oliver"),   QStringLiteral("George"),
        QStringLiteral("Alfie"),      QStringLiteral("Joe"),      QStringLiteral("Billy"),
        QStringLiteral("Josh"),       QStringLiteral("Scott"),    QStringLiteral("Shane"),
        QStringLiteral("Jason"),
    };
    return kNames;
}

const QList<QString> &NameCatalogue::surnames()
{
    static const QList<QString> kNames = {
        QStringLiteral("Smith"),       QStringLiteral("Jones"),       QStringLiteral("Taylor"),
        QStringLiteral("Brown"),       QStringLiteral("Williams"),    QStringLiteral("Wilson"),
        QStringLiteral("Johnson"),     QStringLiteral("Davies"),      QStringLiteral("Robinson"),
        QStringLiteral("Wright"),      QStringLiteral("Thompson"),    QStringLiteral("Evans"),
        QStringLiteral("Walker"),      QStringLiteral("White"),       QStringLiteral("Roberts"),
        QStringLiteral("Green"),       QStringLiteral("Hall"),        QStringLiteral("Wood"),
        QStringLiteral("Jackson"),     QStringLiteral("Clarke"),      QStringLiteral("Patel"),
        QStringLiteral("Khan"),        QStringLiteral("Hussain"),     QStringLiteral("Ahmed"),
        QStringLiteral("Ali"),         QStringLiteral("Shah"),        QStringLiteral("Begum"),
        QStringLiteral("Akhtar"),      QStringLiteral("Iqbal"),       QStringLiteral("Mahmood"),
        QStringLiteral("Rehman"),      QStringLiteral("Malik"),       QStringLiteral("Butt"),
        QStringLiteral("Singh"),       QStringLiteral("Kaur"),        QStringLiteral("Sharma"),
        QStringLiteral("Gill"),        QStringLiteral("Sandhu"),      QStringLiteral("Chauhan"),
        QStringLiteral("Mistry"),      QStringLiteral("Lewis"),       QStringLiteral("Harris"),
        QStringLiteral("Martin"),      QStringLiteral("Cooper"),      QStringLiteral("King"),
        QStringLiteral("Lee"),         QStringLiteral("Baker"),       QStringLiteral("Harrison"),
        QStringLiteral("Morgan"),      QStringLiteral("Allen"),       QStringLiteral("James"),
        QStringLiteral("Scott"),       QStringLiteral("Phillips"),    QStringLiteral("Watson"),
        QStringLiteral("Davis"),       QStringLiteral("Parker"),      QStringLiteral("Price"),
        QStringLiteral("Bennett"),     QStringLiteral("Young"),       QStringLiteral("Griffiths"),
        QStringLiteral("Mitchell"),    QStringLiteral("Kelly"),       QStringLiteral("Cook"),
        QStringLiteral("Carter"),      QStringLiteral("Richardson"),  QStringLiteral("Bailey"),
        QStringLiteral("Collins"),     QStringLiteral("Bell"),        QStringLiteral("Shaw"),
        QStringLiteral("Murphy"),      QStringLiteral("Miller"),      QStringLiteral("Cox"),
        QStringLiteral("Richards"),    QStringLiteral("Khalid"),      QStringLiteral("Chowdhury"),
        QStringLiteral("Rahman"),      QStringLiteral("Uddin"),       QStringLiteral("Miah"),
        QStringLiteral("Hossain"),     QStringLiteral("Kowalski"),    QStringLiteral("Nowak"),
        QStringLiteral("Wisniewski"),  QStringLiteral("Wojcik"),      QStringLiteral("Kaminski"),
        QStringLiteral("Lewandowski"), QStringLiteral("Zielinski"),   QStringLiteral("Popescu"),
        QStringLiteral("Ionescu"),     QStringLiteral("Dumitru"),     QStringLiteral("Stan"),
        QStringLiteral("Radu"),        QStringLiteral("Marin"),       QStringLiteral("Gheorghe"),
        QStringLiteral("O'Brien"),     QStringLiteral("O'Neill"),     QStringLiteral("O'Connor"),
        QStringLiteral("McDonald"),    QStringLiteral("McCarthy"),    QStringLiteral("Doherty"),
        QStringLiteral("Quinn"),       QStringLiteral("Gallagher"),   QStringLiteral("Byrne"),
        QStringLiteral("Brennan"),     QStringLiteral("Walsh"),       QStringLiteral("Ryan"),
        QStringLiteral("Kennedy"),     QStringLiteral("Campbell"),    QStringLiteral("Stewart"),
        QStringLiteral("Robertson"),   QStringLiteral("Murray"),      QStringLiteral("Fraser"),
        QStringLiteral("Reid"),        QStringLiteral("Henderson"),   QStringLiteral("Hamilton"),
        QStringLiteral("Hughes"),      QStringLiteral("Edwards"),     QStringLiteral("Turner"),
        QStringLiteral("Hill"),        QStringLiteral("Moore"),       QStringLiteral("Ward"),
        QStringLiteral("Marshall"),    QStringLiteral("Owen"),        QStringLiteral("Lloyd"),
        QStringLiteral("Barker"),      QStringLiteral("Holmes"),      QStringLiteral("Atkinson"),
        QStringLiteral("Fletcher"),    QStringLiteral("Hargreaves"),  QStringLiteral("Ashworth"),
        QStringLiteral("Whittaker"),   QStringLiteral("Greenwood"),   QStringLiteral("Sutcliffe"),
        QStringLiteral("Haworth"),     QStringLiteral("Pickup"),      QStringLiteral("Ormerod"),
        QStringLiteral("Entwistle"),   QStringLiteral("Butterworth"), QStringLiteral("Schofield"),
        QStringLiteral("Kershaw"),     QStringLiteral("Crossley"),    QStringLiteral("Heywood"),
        QStringLiteral("Brierley"),    QStringLiteral("Lord"),        QStringLiteral("Howarth"),
        QStringLiteral("Fitton"),      QStringLiteral("Clegg"),       QStringLiteral("Dawson"),
        QStringLiteral("Naylor"),      QStringLiteral("Firth"),       QStringLiteral("Lockwood"),
        QStringLiteral("Brook"),       QStringLiteral("Haigh"),       QStringLiteral("Hirst"),
        QStringLiteral("Armitage"),    QStringLiteral("Booth"),       QStringLiteral("Wainwright"),
        QStringLiteral("Gledhill"),    QStringLiteral("Garside"),     QStringLiteral("Ramsden"),
        QStringLiteral("Oldroyd"),     QStringLiteral("Mellor"),      QStringLiteral("Chadwick"),
        QStringLiteral("Ogden"),       QStringLiteral("Barlow"),      QStringLiteral("Lees"),
        QStringLiteral("Okafor"),      QStringLiteral("Adeyemi"),     QStringLiteral("Mensah"),
        QStringLiteral("Boateng"),     QStringLiteral("Osei"),        QStringLiteral("Campbell-Brown"),
        QStringLiteral("Grant"),       QStringLiteral("Francis"),     QStringLiteral("Thomas-Wright"),
        QStringLiteral("Nwosu"),       QStringLiteral("Eze"),         QStringLiteral("Abiodun"),
        QStringLiteral("Balogun"),     QStringLiteral("Nguyen"),      QStringLiteral("Tran"),
        QStringLiteral("Chen"),        QStringLiteral("Wang"),        QStringLiteral("Li"),
        QStringLiteral("Zhang"),       QStringLiteral("Huang"),       QStringLiteral("Yilmaz"),
        QStringLiteral("Demir"),       QStringLiteral("Kaya"),        QStringLiteral("Sahin"),
        QStringLiteral("Celik"),       QStringLiteral("Novak"),       QStringLiteral("Horvat"),
        QStringLiteral("Kovac"),       QStringLiteral("Petrovic"),    QStringLiteral("Jankowski"),
    };
    return kNames;
}

const QString &NameCatalogue::forename(int index)
{
    const QList<QString> &female = femaleForenames();
    return index < female.size() ? female.at(index) : maleForenames().at(index - female.size());
}

} // namespace fc
