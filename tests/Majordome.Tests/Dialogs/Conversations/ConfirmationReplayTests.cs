using Majordome.Bot.Data;
using Majordome.Bot.Storage;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Conversations;

/// <summary>
/// The bot books or orders, then dies before saving the conversation: the customer, who saw no answer, is still at
/// the final question and says yes again. The same confirmation must find the first booking or order, and say so.
/// </summary>
public class ConfirmationReplayTests
{
    [Theory]
    [InlineData("fr", "C'est déjà réservé : {0}.")]
    [InlineData("en", "Already booked: {0}.")]
    public async Task Booking_YesAgainAfterTheStateSaveWasLost_IsAlreadyBookedWithTheSameReference(string language, string expected)
    {
        var (user, storage, database) = (Guid.NewGuid().ToString(), new CrashBeforeSaveStorage(new JsonMemoryStorage()), TestBrand.NewDatabase());
        var harness = Harness(storage, database, user);
        var yes = language == "fr" ? "oui" : "yes";
        string[] turns = language == "fr"
            ? ["bonjour", "Réserver une table", "Lyon", "2", "samedi à 15h", "Marie", "06 12 34 56 78"]
            : ["hello", "Book a table", "Lyon", "two", "Saturday at 3pm", "Mary", "+44 20 7946 0958"];
        foreach (var turn in turns)
        {
            await harness.SendAsync(turn);
        }

        storage.LoseNextSave();
        await harness.SendAsync(yes);
        var again = await Harness(storage, database, user).SendAsync(yes);

        var booking = Assert.Single(await harness.Services.Bookings.ListUpcomingAsync($"webchat/{user}", harness.Time.GetUtcNow()));
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, booking.Reference), again.Text);
        Assert.Equal(2, await harness.Services.Bookings.SeatsTakenAsync("lyon-bellecour", booking.Start));
        Assert.Contains(again.Messages.SelectMany(m => m.Attachments ?? []), a => a.ContentType == "text/calendar");
    }

    [Theory]
    [InlineData("fr", "C'est déjà commandé : commande {0}.")]
    [InlineData("en", "Already ordered: order {0}.")]
    public async Task Checkout_YesAgainAfterTheStateSaveWasLost_IsAlreadyOrderedWithTheSameNumber(string language, string expected)
    {
        var (user, storage, database) = (Guid.NewGuid().ToString(), new CrashBeforeSaveStorage(new JsonMemoryStorage()), TestBrand.NewDatabase());
        var harness = Harness(storage, database, user);
        var stockBefore = await harness.Services.Orders.GetStockAsync("MAC-PICCOLA");
        var yes = language == "fr" ? "oui" : "yes";
        string[] turns = language == "fr"
            ? ["bonjour", "Acheter", "Machines", "Piccola", "1", "Commander", "Retrait en boutique", "Lyon", "marie@exemple.fr"]
            : ["hello", "Shop", "Machines", "Piccola", "one", "Check out", "Pick up in a boutique", "Lyon", "mary@example.com"];
        foreach (var turn in turns)
        {
            await harness.SendAsync(turn);
        }

        storage.LoseNextSave();
        await harness.SendAsync(yes);
        var restarted = Harness(storage, database, user);
        var again = await restarted.SendAsync(yes);

        var order = Assert.Single(await harness.Services.Orders.ListOrdersAsync($"webchat/{user}"));
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, order.Number), again.Text);
        Assert.Equal(stockBefore - 1, await harness.Services.Orders.GetStockAsync("MAC-PICCOLA"));
        var cart = await restarted.Carts.GetAsync(new Microsoft.Bot.Builder.TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), CustomerActivity(user)));
        Assert.Equal(0, cart.QuantityOf("MAC-PICCOLA"));
    }

    /// <summary>A new harness on the same storage and database: the bot process started again.</summary>
    private static ConversationHarness Harness(CrashBeforeSaveStorage storage, BusinessDatabase database, string user) =>
        new(storage, channelId: "webchat", userId: user, conversationId: user, database: database);

    private static Microsoft.Bot.Schema.Activity CustomerActivity(string user) => new()
    {
        ChannelId = "webchat",
        From = new Microsoft.Bot.Schema.ChannelAccount(user),
        Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: user),
    };
}
