namespace Majordome.Dialogs.Privacy;

/// <summary>What is kept about a customer, as the conversation tells them.</summary>
/// <param name="Language">The language of their profile, if one is kept.</param>
/// <param name="Tags">The tags flows gave them.</param>
/// <param name="Orders">Their orders.</param>
/// <param name="Bookings">Their bookings.</param>
/// <param name="Consents">What they agreed to (a flow's contact consent, a Messenger opt-in).</param>
/// <param name="ContactDetails">The emails and phone numbers they gave, each once.</param>
/// <param name="Messages">How many messages of their conversations are kept.</param>
public sealed record CustomerDataSummary(
    string? Language,
    IReadOnlyList<string> Tags,
    IReadOnlyList<KeptOrder> Orders,
    IReadOnlyList<KeptBooking> Bookings,
    IReadOnlyList<KeptConsent> Consents,
    IReadOnlyList<string> ContactDetails,
    int Messages)
{
    /// <summary>True when nothing at all is kept.</summary>
    public bool IsEmpty => Language is null && Tags.Count == 0 && Orders.Count == 0 && Bookings.Count == 0 && Consents.Count == 0 && ContactDetails.Count == 0 && Messages == 0;
}

/// <summary>An order, as the summary lists it.</summary>
/// <param name="Number">Its number.</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="Items">How many items it has.</param>
public sealed record KeptOrder(long Number, DateTimeOffset PlacedAt, int Items);

/// <summary>A booking, as the summary lists it.</summary>
/// <param name="Reference">Its reference.</param>
/// <param name="Start">When it is (or was).</param>
/// <param name="BoutiqueId">Where.</param>
public sealed record KeptBooking(string Reference, DateTimeOffset Start, string BoutiqueId);

/// <summary>A consent given.</summary>
/// <param name="What">What it is for (a flow's id, an opt-in's topic).</param>
/// <param name="GivenAt">When.</param>
public sealed record KeptConsent(string What, DateTimeOffset GivenAt);
