using Majordome.Cards.Localization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Bookings;

/// <summary>
/// The booking confirmation card (Templates/booking-confirmation.json): reference, boutique, date and time, party
/// size, and the buttons "cancel" and "change the date".
/// Submit values: <c>{ "action": "cancelBooking", "reference" }</c> and <c>{ "action": "moveBooking", "reference" }</c>.
/// </summary>
public static class BookingConfirmationCard
{
    /// <summary>The template name (Templates/booking-confirmation.json), also the prefix of the card's labels.</summary>
    public const string Name = "booking-confirmation";

    /// <summary>The card as a Bot Framework attachment.</summary>
    public static Attachment Create(BookingConfirmationCardData data, string language) => AdaptiveCardAttachment.From(Render(data, language), Name, data);

    /// <summary>The card JSON; <paramref name="strict"/> makes a template/data mismatch throw (for tests).</summary>
    public static JObject Render(BookingConfirmationCardData data, string language, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var view = new JObject
        {
            ["reference"] = data.Reference,
            ["boutiqueName"] = data.BoutiqueName,
            ["boutiqueAddress"] = data.BoutiqueAddress,
            ["whenText"] = CardFormat.DateTime(data.Start, language),
            ["partySizeText"] = People(data.PartySize, language),
        };
        return CardRenderer.Render(Name, view, language, ToText(data, language), strict);
    }

    /// <summary>The same information as plain text, for channels without cards.</summary>
    public static string ToText(BookingConfirmationCardData data, string language)
    {
        ArgumentNullException.ThrowIfNull(data);
        string Line(string key, string value) => $"{CardFormat.Colon(CardLabels.Get(language, "booking-confirmation." + key), language)} {value}";
        return string.Join('\n',
            CardLabels.Get(language, "booking-confirmation.title"),
            Line("reference", data.Reference),
            Line("boutique", $"{data.BoutiqueName}, {data.BoutiqueAddress}"),
            Line("when", CardFormat.DateTime(data.Start, language)),
            Line("partySize", People(data.PartySize, language)));
    }

    private static string People(int count, string language) =>
        CardLabels.Get(language, count == 1 ? "booking-confirmation.people.one" : "booking-confirmation.people.other", ("count", count));
}
