namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// The line the team reads in its queue for a group booking: who, how to call them back, how many, where and when.
/// Written for the team (in English, like the other notes), with the customer's own words for the date kept as said.
/// </summary>
public static class GroupBookingNote
{
    /// <summary>
    /// "group booking: 12 people at paris-opera; name: Marie Dupont; phone: +33612345678; wished: 2026-12-19 15:00
    /// ("samedi 19 décembre vers 15h")".
    /// </summary>
    public static string For(int party, string boutiqueId, string name, string phone, GroupBookingWish wish)
    {
        ArgumentNullException.ThrowIfNull(wish);
        var words = string.IsNullOrWhiteSpace(wish.Words) ? string.Empty : $" (\"{wish.Words.Trim()}\")";
        return $"group booking: {party} people at {boutiqueId}; name: {name}; phone: {phone}; wished: {wish.Read}{words}";
    }
}
