#pragma once

#include <QStringList>

namespace fc {

/**
 * What ties two people in the offender network projection. Each shared item adds 1 to the
 * weight of the pair; each direct person-to-person link adds 1. Sharing a store or a town is off
 * by default: a busy store would join everyone who ever stole there.
 */
struct ProjectionRules
{
    bool viaIncident = true;       // offended together: both linked to one incident
    bool viaVehicle = true;        // used (or keep) the same vehicle
    bool viaDirectLinks = true;    // associate / co_offender / family / seen_with links between them
    // A link type an import spec declared ("link_types") counts as a direct link when it joins two
    // people, and as a vehicle link when it joins a person and a vehicle.
    bool viaDeclaredLinks = true;
    bool viaPhoneOrAddress = true; // share a phone (uses_phone) or an address (lives_at)
    bool viaStore = false;         // offended at the same store (on different occasions)
    bool viaArea = false;          // offended in the same area (town / district)
    /** Items shared by more people than this tie nobody (e.g. a hostel address); 0: no limit. */
    int maxSharedBy = 0;

    QStringList offenderLinkTypes{QStringLiteral("offender_in"), QStringLiteral("suspect_in")};
    QStringList vehicleLinkTypes{QStringLiteral("used_vehicle"), QStringLiteral("registered_keeper"),
                                 QStringLiteral("uses_vehicle")};
    QStringList directLinkTypes{QStringLiteral("associate"), QStringLiteral("co_offender"),
                                QStringLiteral("family"), QStringLiteral("seen_with")};
    QStringList phoneLinkTypes{QStringLiteral("uses_phone")};
    QStringList addressLinkTypes{QStringLiteral("lives_at")};
    QStringList placeLinkTypes{QStringLiteral("occurred_at")}; // incident -> location
};

} // namespace fc
