using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Knowledge;

namespace Majordome.Dialogs.Conversations;

/// <summary>What the brand's conversations need from the outside world, in one place so dialogs take one argument.</summary>
/// <param name="Catalog">The products.</param>
/// <param name="Boutiques">The boutiques.</param>
/// <param name="Faq">The questions and answers.</param>
/// <param name="Settings">The brand's commercial rules.</param>
/// <param name="Orders">Orders and stock.</param>
/// <param name="Bookings">Tasting-table bookings.</param>
/// <param name="Feedback">Where feedback and unanswered questions are recorded.</param>
/// <param name="Time">The clock.</param>
/// <param name="Handoff">What asking for a person does.</param>
/// <param name="Payments">How orders are paid.</param>
/// <param name="CalendarLinks">Links to a booking's .ics for channels that take no file; none, and those channels get no calendar.</param>
/// <param name="TeamHours">When the team answers; none, and it is always taken to be there.</param>
/// <param name="TeamContacts">Where a contact left for the team is kept; none, and none is asked.</param>
/// <param name="CustomerData">The customers' data requests (see and erase); none, and the customer is told to ask the team.</param>
/// <param name="Anticipation">Schedules the messages the assistant writes first (reorder reminders) and records consent; none, and nothing is scheduled nor asked.</param>
public sealed record ConversationServices(
    ICatalog Catalog,
    IBoutiqueDirectory Boutiques,
    IFaqSource Faq,
    BrandSettings Settings,
    IOrderStore Orders,
    IBookingStore Bookings,
    IFeedbackLog Feedback,
    TimeProvider Time,
    Engine.IHumanHandoff Handoff,
    IPaymentProvider Payments,
    ICalendarLinks? CalendarLinks = null,
    Engine.ITeamHours? TeamHours = null,
    Team.ITeamContacts? TeamContacts = null,
    Majordome.Dialogs.Privacy.ICustomerData? CustomerData = null,
    Anticipation.AnticipationServices? Anticipation = null)
{
    /// <summary>The FAQ indexed for retrieval (built once).</summary>
    public FaqKnowledge Knowledge { get; } = new(Faq);

    /// <summary>Finds products and boutiques named in messages.</summary>
    public EntityFinder Entities { get; } = new(Catalog, Boutiques);
}
