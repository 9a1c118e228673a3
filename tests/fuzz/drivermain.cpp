// main() of a fuzz target in a build without libFuzzer (g++): the MutationDriver runs the target.

#include "mutationdriver.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    return fc::MutationDriver(QStringLiteral(FC_FUZZ_TARGET), LLVMFuzzerTestOneInput).run(arguments);
}
