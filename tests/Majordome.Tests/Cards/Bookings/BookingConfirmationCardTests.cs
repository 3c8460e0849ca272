using Majordome.Cards.Bookings;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Bookings;

public class BookingConfirmationCardTests
{
    [Fact]
    public void Render_Booking_ShowsReferenceBoutiqueWhenAndPartySize()
    {
        var strings = CardJson.Strings(BookingConfirmationCard.Render(SampleCards.Booking, "fr", strict: true));

        Assert.Contains("Votre table est réservée", strings);
        Assert.Contains("RES-7K2P", strings);
        Assert.Contains("Maison Tasse Marais", strings);
        Assert.Contains("samedi 21 juin 2025 à 15:00", strings);
        Assert.Contains("4 personnes", strings);
        Assert.Contains("12 rue des Rosiers, 75004 Paris", strings);
    }

    [Fact]
    public void Render_Booking_MoveAndCancelCarryTheReference()
    {
        var card = BookingConfirmationCard.Render(SampleCards.Booking, "en", strict: true);

        Assert.Equal(["Change the date", "Cancel the booking"], CardJson.ButtonTitles(card));
        Assert.Equal(
            [JObject.Parse("""{ "action": "moveBooking", "reference": "RES-7K2P" }"""), JObject.Parse("""{ "action": "cancelBooking", "reference": "RES-7K2P" }""")],
            CardJson.SubmitValues(card), JToken.EqualityComparer);
    }

    [Theory]
    [InlineData(1, "fr", "1 personne")]
    [InlineData(2, "fr", "2 personnes")]
    [InlineData(1, "en", "1 person")]
    [InlineData(6, "en", "6 people")]
    public void Render_PartySize_IsSingularOrPlural(int size, string language, string expected)
    {
        Assert.Contains(expected, CardJson.Strings(BookingConfirmationCard.Render(SampleCards.Booking with { PartySize = size }, language, strict: true)));
    }

    [Fact]
    public void ToText_Booking_InBothLanguages()
    {
        Assert.Equal(
            "Votre table est réservée\nRéférence\u00A0: RES-7K2P\nBoutique\u00A0: Maison Tasse Marais, 12 rue des Rosiers, 75004 Paris\nDate et heure\u00A0: samedi 21 juin 2025 à 15:00\nNombre de personnes\u00A0: 4 personnes",
            BookingConfirmationCard.ToText(SampleCards.Booking, "fr"));
        Assert.Equal(
            "Your table is booked\nReference: RES-7K2P\nBoutique: Maison Tasse Marais, 12 rue des Rosiers, 75004 Paris\nDate and time: Saturday 21 June 2025 at 3:00 pm\nParty size: 4 people",
            BookingConfirmationCard.ToText(SampleCards.Booking, "en"));
    }
}
