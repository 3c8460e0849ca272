using System.Globalization;

namespace Majordome.Tests.Harness.Crashes;

/// <summary>The conversations the kill -9 loop drives to their final question, with the shipped brand.</summary>
public static class ConfirmationScripts
{
    /// <summary>The answer to "Je réserve ?".</summary>
    public const string BookingYes = "oui";

    /// <summary>The answer to "Shall I place the order?".</summary>
    public const string CheckoutYes = "yes";

    /// <summary>
    /// Books one seat at Paris Opéra (eight seats a slot) on Saturday, a different half-hour each iteration so the
    /// slots never fill; when the bot offers other times instead, takes the first one offered.
    /// </summary>
    public static async Task ToBookingQuestionAsync(HttpClient client, ExpectRepliesCustomer customer, int iteration, CancellationToken cancellationToken)
    {
        var slot = iteration % 18;
        var when = string.Create(CultureInfo.InvariantCulture, $"samedi à {10 + (slot / 2)}h{(slot % 2 == 0 ? string.Empty : "30")}");
        foreach (var text in new[] { "bonjour", "Réserver une table", "Paris", "1" })
        {
            await customer.SayAsync(client, text, cancellationToken);
        }

        var replies = await customer.SayAsync(client, when, cancellationToken);
        if (!replies.Joined.Contains("À quel nom", StringComparison.Ordinal) && replies.Suggested.Count > 0)
        {
            replies = await customer.SayAsync(client, replies.Suggested[0], cancellationToken);
        }

        Expect(replies, "À quel nom", customer);
        await customer.SayAsync(client, "Marie", cancellationToken);
        Expect(await customer.SayAsync(client, "06 12 34 56 78", cancellationToken), "Je réserve ?", customer);
    }

    // The recycling bag has the largest stock (500): fifty iterations and their duplicates never empty the shelf.
    private static readonly string[] Checkout = ["hello", "Shop", "Accessories", "Recycling bag", "one", "Check out", "Pick up in a boutique", "Lyon", "mary@example.com"];

    /// <summary>How many messages <see cref="ToCheckoutQuestionAsync"/> sends.</summary>
    public static int CheckoutTurns => Checkout.Length;

    /// <summary>Buys one recycling bag to pick up in Lyon, in English.</summary>
    public static async Task ToCheckoutQuestionAsync(HttpClient client, ExpectRepliesCustomer customer, CancellationToken cancellationToken)
    {
        CustomerReplies? replies = null;
        foreach (var text in Checkout)
        {
            replies = await customer.SayAsync(client, text, cancellationToken);
        }

        Expect(replies!, "Shall I place the order?", customer);
    }

    private static void Expect(CustomerReplies replies, string text, ExpectRepliesCustomer customer)
    {
        if (!replies.Joined.Contains(text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Conversation {customer.Conversation}: expected \"{text}\", the bot said: {replies.Joined}");
        }
    }
}
