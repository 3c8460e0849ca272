using System.Text.Json.Nodes;
using Majordome.Bot.Data;
using Majordome.Bot.Privacy;
using Majordome.Bot.Storage;
using Majordome.Bot.Team;
using Majordome.Dialogs.Bookings;
using Majordome.Dialogs.Commerce;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Privacy;

/// <summary>
/// A customer's export and erasure on both engines (SQLite below, PostgreSQL below), with their state in the same
/// engine: Alice's data goes, her orders and bookings stay without who she is, Bob's data is untouched.
/// </summary>
public abstract class PrivacyStoresTests : IDisposable
{
    private static readonly CustomerRecordKey Alice = new("directline", "dl-alice");
    private static readonly CustomerRecordKey Bob = new("directline", "dl-bob");
    private static readonly DateTimeOffset Tomorrow = new(DateTime.UtcNow.Date.AddDays(1).AddHours(15), TimeSpan.Zero);

    [Fact]
    public async Task Export_HoldsEveryPartOfTheCustomersData_AndNothingOfAnotherCustomer()
    {
        var (database, storage) = (OpenDatabase(), OpenStorage());
        var seeded = await SeedAsync(database, storage);

        var export = await new CustomerDataExport(database, storage, TimeProvider.System).ExportAsync(Alice);
        var text = export.ToJsonString();

        Assert.Equal("fr", export["profile"]!["profile"]!["Language"]!.GetValue<string>());
        var conversations = export["conversations"]!.AsArray().Select(c => c!["conversationId"]!.GetValue<string>()).Order();
        Assert.Equal(["dl-a", "dl-h"], conversations);
        Assert.Contains("je voudrais une table pour deux", text, StringComparison.Ordinal);
        Assert.Contains("step-values-of-alice", text, StringComparison.Ordinal);
        var records = export["records"]!;
        Assert.Equal(seeded.AliceOrder, records["orders"]!.AsArray().Single()!["number"]!.GetValue<long>());
        Assert.Equal(2, records["order_lines"]!.AsArray().Count);
        Assert.Equal("+33612345678", records["bookings"]!.AsArray().Single()!["phone"]!.GetValue<string>());
        Assert.Equal("alice@example.com", records["flow_leads"]!.AsArray().Single()!["email"]!.GetValue<string>());
        Assert.Single(records["customer_feedback"]!.AsArray());
        Assert.Single(records["team_handoffs"]!.AsArray());
        Assert.DoesNotContain("dl-bob", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bob@example.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_DeletesStateMessagesFeedbackLeadsAndRequests_AnonymisesOrdersAndBookings_AndLeavesOthersAlone()
    {
        var (database, storage) = (OpenDatabase(), OpenStorage());
        var seeded = await SeedAsync(database, storage);
        var erasure = new SqlCustomerErasure(database, storage, TimeProvider.System);

        var receipt = await erasure.EraseAsync(Alice, "camille", ErasureSource.Console);

        Assert.False(receipt.NothingFound);
        var state = await storage.ReadAsync([Alice.UserStateKey, "directline/conversations/dl-a", "directline/conversations/dl-h", Bob.UserStateKey, "directline/conversations/dl-b"]);
        Assert.Equal(["directline/conversations/dl-b", Bob.UserStateKey], state.Keys.Order(StringComparer.Ordinal));
        var transcripts = new SqlTranscriptStore(database, TimeProvider.System);
        Assert.Empty(await transcripts.ReadAsync("directline", "dl-a"));
        Assert.Empty(await transcripts.ReadAsync("directline", "dl-h"));
        Assert.Single(await transcripts.ReadAsync("directline", "dl-b"));
        Assert.Equal([Bob.Value], (await new SqlFeedbackLog(database, TimeProvider.System).ReadAsync("human")).Select(f => f.CustomerKey));
        Assert.Equal([Bob.Value], (await new SqlFlowRecordStore(database).ReadLeadsAsync("newsletter")).Select(l => l.CustomerKey));
        Assert.Equal([Bob.Value], (await new SqlHandoffQueue(database, TimeProvider.System).ListOpenAsync()).Select(r => r.CustomerKey));

        // The business keeps what was sold and booked, when and for how much; not who.
        var orders = new SqlOrderStore(database, TimeProvider.System);
        Assert.Null(await orders.FindOrderAsync(seeded.AliceOrder, Alice.Value));
        var kept = await ReadOrderAsync(database, seeded.AliceOrder);
        Assert.StartsWith("erased/", kept.CustomerKey, StringComparison.Ordinal);
        Assert.Equal("[erased]", kept.Email);
        Assert.DoesNotContain("rue de la Paix", kept.Delivery, StringComparison.Ordinal);
        Assert.DoesNotContain("75002", kept.Delivery, StringComparison.Ordinal);
        Assert.Equal(DeliveryMode.Home, JObject.Parse(kept.Delivery)["Mode"]!.ToObject<DeliveryMode>());
        var anonymous = (await orders.ListOrdersAsync(kept.CustomerKey)).Single();
        Assert.Equal([("cascade", 2, 4.2m), ("descaling", 1, 9.9m)], anonymous.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        var booking = (await new SqlBookingStore(database, TimeProvider.System).FindAsync(seeded.AliceBooking))!;
        Assert.Equal(("[erased]", "[erased]", 2, Tomorrow), (booking.Name, booking.Phone, booking.PartySize, booking.Start));
        Assert.StartsWith("erased/", booking.CustomerKey, StringComparison.Ordinal);

        // Bob's order and booking are as they were.
        Assert.Equal("bob@example.com", (await orders.FindOrderAsync(seeded.BobOrder, Bob.Value))!.Email);
        Assert.Equal("Bob", (await new SqlBookingStore(database, TimeProvider.System).FindAsync(seeded.BobBooking))!.Name);
    }

    [Fact]
    public async Task Erase_DeletesTheCustomersScheduledMessagesAndConsents_AndLeavesOthersAlone()
    {
        // The scheduler's tables came after the erasure was written: the customer's reminders and the wording they
        // agreed to stayed, and a reminder would still have reached an erased customer.
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        var jobs = new Majordome.Bot.Anticipation.SqlProactiveJobs(database, TimeProvider.System);
        var consents = new Majordome.Bot.Anticipation.SqlProactiveConsents(database, jobs);
        foreach (var customer in new[] { Alice, Bob })
        {
            var to = new Majordome.Dialogs.Anticipation.ProactiveAddress(customer.Value, customer.Channel, customer.UserId, "dl-x", null, "fr-FR", null);
            await jobs.ScheduleAsync(new(Majordome.Dialogs.Anticipation.ProactiveKinds.Reorder, to, Tomorrow, "{}", $"reorder:{customer.Value}"));
            await consents.GrantAsync(customer.Value, Majordome.Dialogs.Anticipation.ProactiveCategory.Marketing, "Voulez-vous que je vous prévienne ?", DateTimeOffset.UtcNow);
        }

        await new SqlCustomerErasure(database, storage, TimeProvider.System).EraseAsync(Alice, "camille", ErasureSource.Console);

        Assert.Empty(await jobs.ListForCustomerAsync(Alice.Value));
        Assert.False(await consents.AllowsAsync(Alice.Value, Majordome.Dialogs.Anticipation.ProactiveCategory.Marketing));
        Assert.Single(await jobs.ListForCustomerAsync(Bob.Value));
        Assert.True(await consents.AllowsAsync(Bob.Value, Majordome.Dialogs.Anticipation.ProactiveCategory.Marketing));
    }

    [Fact]
    public async Task Erase_DeletesTheCustomersBackInStockWaits_AndLeavesOthersAlone()
    {
        // The waiting list came after the erasure was written: an erased customer would still have been told, at the
        // address they wrote from, that the product they asked about is back.
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        var list = new Majordome.Bot.Anticipation.SqlStockWaitingList(database);
        foreach (var customer in new[] { Alice, Bob })
        {
            var to = new Majordome.Dialogs.Anticipation.ProactiveAddress(customer.Value, customer.Channel, customer.UserId, "dl-x", null, "fr-FR", null);
            await list.AddAsync(new Majordome.Dialogs.Anticipation.BackInStock.StockWaiter(to, "CAP-MINUIT", "Voulez-vous que je vous prévienne ?", DateTimeOffset.UtcNow));
        }

        await new SqlCustomerErasure(database, storage, TimeProvider.System).EraseAsync(Alice, "camille", ErasureSource.Console);

        Assert.Null(await list.FindAsync(Alice.Value, "CAP-MINUIT"));
        Assert.Equal(Bob.Value, Assert.Single(await list.ListWaitingAsync("CAP-MINUIT")).To.CustomerKey);
    }

    [Fact]
    public async Task Erase_DeletesTheTeamNoticesAboutTheCustomer_WithTheContactTheyLeft_AndLeavesOthersAlone()
    {
        // A notice to the team carries the email or phone a customer left; it stayed in the outbox after their erasure.
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        var outbox = new Majordome.Bot.Team.Notifications.SqlNotificationOutbox(database, TimeProvider.System);
        foreach (var (customer, email) in new[] { (Alice, "alice@example.com"), (Bob, "bob@example.com") })
        {
            await outbox.EnqueueAsync($"contact-{customer.UserId}", customer.Value, new Majordome.Bot.Team.Notifications.TeamNotice(
                Majordome.Bot.Team.Notifications.TeamNoticeEvents.ContactLeft, 1, customer.Channel, "dl-x", "fr", null, email, null, "J'accepte…", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow), ["email"]);
        }

        await new SqlCustomerErasure(database, storage, TimeProvider.System).EraseAsync(Alice, "camille", ErasureSource.Console);

        var payloads = await ReadNotificationPayloadsAsync(database);
        Assert.DoesNotContain(payloads, p => p.Contains("alice@example.com", StringComparison.Ordinal));
        Assert.Single(payloads, p => p.Contains("bob@example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_IsRecordedWithoutTheKey_AndASecondErasureFindsNothing()
    {
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        var erasure = new SqlCustomerErasure(database, storage, TimeProvider.System);

        await erasure.EraseAsync(Alice, "camille", ErasureSource.Console);
        var again = await erasure.EraseAsync(Alice, "cli:root", ErasureSource.Cli);

        Assert.True(again.NothingFound, string.Join(", ", again.Counts));
        Assert.Equal([("camille", ErasureSource.Console), ("cli:root", ErasureSource.Cli)], (await erasure.ListErasuresAsync(Alice)).Select(e => (e.By, e.Source)));
        Assert.Empty(await erasure.ListErasuresAsync(Bob));
        var records = await ReadAllErasureRowsAsync(database);
        Assert.Contains(new ErasureRecordHash(secret: null).Of(Alice), records, StringComparison.Ordinal);
        Assert.DoesNotContain("dl-alice", records, StringComparison.Ordinal);
        // Not the plain SHA-256 of the key either: for a phone number, trying every number would undo it.
        Assert.DoesNotContain(Alice.Hash, records, StringComparison.Ordinal);
        var export = await new CustomerDataExport(database, storage, TimeProvider.System).ExportAsync(Alice);
        Assert.Null(export["profile"]);
        Assert.Empty(export["conversations"]!.AsArray());
        Assert.All(export["records"]!.AsObject(), table => Assert.Empty(table.Value!.AsArray()));
    }

    [Fact]
    public async Task ListErasures_ARecordWrittenBeforeTheSlowHash_IsStillFound()
    {
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO privacy_erasures (key_hash, erased_by, source, counts_json, erased_utc) VALUES ('{Alice.Hash}', 'camille', 'console', '{{}}', '2026-11-01T10:00:00.0000000Z');";
            await insert.ExecuteNonQueryAsync();
        }

        var erasure = new SqlCustomerErasure(database, storage, TimeProvider.System);
        await erasure.EraseAsync(Alice, "cli:root", ErasureSource.Cli);

        Assert.Equal(["camille", "cli:root"], (await erasure.ListErasuresAsync(Alice)).Select(e => e.By));
    }

    [Fact]
    public async Task Erase_WithTheDeploymentsSecret_RecordsAHashThatAnotherSecretCannotFind()
    {
        var (database, storage) = (OpenDatabase(), OpenStorage());
        await SeedAsync(database, storage);
        var ours = new SqlCustomerErasure(database, storage, TimeProvider.System, new ErasureRecordHash("the deployment's own secret, 32+ chars"));

        var receipt = await ours.EraseAsync(Alice, "camille", ErasureSource.Console);

        Assert.StartsWith(ErasureRecordHash.Prefix, receipt.KeyHash, StringComparison.Ordinal);
        Assert.NotEqual(new ErasureRecordHash(secret: null).Of(Alice), receipt.KeyHash);
        Assert.Single(await ours.ListErasuresAsync(Alice));
        Assert.Empty(await new SqlCustomerErasure(database, storage, TimeProvider.System, new ErasureRecordHash("another deployment's secret, 32+ chars")).ListErasuresAsync(Alice));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract BusinessDatabase OpenDatabase();

    protected abstract IStorage OpenStorage();

    protected abstract void Dispose(bool disposing);

    private static async Task<Seeded> SeedAsync(BusinessDatabase database, IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [Alice.UserStateKey] = JObject.Parse("""{"profile":{"Language":"fr","Tags":["vip"]}}"""),
            ["directline/conversations/dl-a"] = JObject.Parse("""{"dialogs":{"note":"step-values-of-alice"}}"""),
            ["directline/conversations/dl-h"] = JObject.Parse("""{"dialogs":{}}"""),
            [Bob.UserStateKey] = JObject.Parse("""{"profile":{"Language":"en"}}"""),
            ["directline/conversations/dl-b"] = JObject.Parse("""{"dialogs":{}}"""),
        });
        var conversations = new SqlCustomerConversations(database, TimeProvider.System);
        await conversations.RecordAsync(Alice.Value, new CustomerConversation("directline", "dl-a", "directline"));
        await conversations.RecordAsync(Alice.Value, new CustomerConversation("directline", "dl-a", "directline"));
        await conversations.RecordAsync(Bob.Value, new CustomerConversation("directline", "dl-b", "directline"));
        var transcripts = new SqlTranscriptStore(database, TimeProvider.System);
        await transcripts.AppendAsync("directline", "dl-a", [(TranscriptAuthor.Customer, null, "je voudrais une table pour deux"), (TranscriptAuthor.Bot, null, "Pour quand ?")]);
        await transcripts.AppendAsync("directline", "dl-h", [(TranscriptAuthor.Customer, null, "un conseiller svp")]);
        await transcripts.AppendAsync("directline", "dl-b", [(TranscriptAuthor.Customer, null, "hello")]);

        // A request for a person names a conversation the link table never saw (made before it existed).
        var queue = new SqlHandoffQueue(database, TimeProvider.System);
        await queue.EnqueueAsync("directline", "dl-h", Alice.Value, null, "fr", "{}");
        await queue.EnqueueAsync("directline", "dl-b", Bob.Value, null, "en", "{}");

        var orders = new SqlOrderStore(database, TimeProvider.System);
        await orders.EnsureProductsAsync([("cascade", 100), ("descaling", 100)]);
        var aliceOrder = (PlaceOrderResult.Placed)await orders.PlaceOrderAsync(new OrderRequest(Alice.Value, "fr",
            [new OrderLine("cascade", "Cascade", 4.2m, 2), new OrderLine("descaling", "Kit", 9.9m, 1)],
            new Delivery(DeliveryMode.Home, "12 rue de la Paix", "75002", "Paris"), "alice@example.com", 5m, PaymentMethod.AtPickUp));
        var bobOrder = (PlaceOrderResult.Placed)await orders.PlaceOrderAsync(new OrderRequest(Bob.Value, "en",
            [new OrderLine("cascade", "Cascade", 4.2m, 1)], new Delivery(DeliveryMode.PickUp, BoutiqueId: "paris-opera"), "bob@example.com", 0m, PaymentMethod.AtPickUp));

        var bookings = new SqlBookingStore(database, TimeProvider.System);
        var aliceBooking = (BookingResult.Confirmed)await bookings.BookAsync(new BookingRequest(Alice.Value, "paris-opera", Tomorrow, 2, "Alice Martin", "+33612345678"), 10);
        var bobBooking = (BookingResult.Confirmed)await bookings.BookAsync(new BookingRequest(Bob.Value, "paris-opera", Tomorrow, 2, "Bob", "+33700000000"), 10);

        var feedback = new SqlFeedbackLog(database, TimeProvider.System);
        await feedback.RecordHumanRequestAsync(Alice.Value, "un conseiller svp", "fr");
        await feedback.RecordHumanRequestAsync(Bob.Value, "a person please", "en");
        var leads = new SqlFlowRecordStore(database);
        await leads.RecordLeadAsync(new Lead("newsletter", Alice.Value, "alice@example.com", null, "Alice", true, "J'accepte", "fr", DateTimeOffset.UtcNow));
        await leads.RecordLeadAsync(new Lead("newsletter", Bob.Value, "bob@example.com", null, "Bob", true, "I agree", "en", DateTimeOffset.UtcNow));
        return new Seeded(aliceOrder.Order.Number, bobOrder.Order.Number, aliceBooking.Booking.Reference, bobBooking.Booking.Reference);
    }

    private static async Task<(string CustomerKey, string Email, string Delivery)> ReadOrderAsync(BusinessDatabase database, long number)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT customer_key, email, delivery_json FROM orders WHERE number = {number}";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private static async Task<List<string>> ReadNotificationPayloadsAsync(BusinessDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload_json FROM team_notifications";
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<string>();
        while (await reader.ReadAsync())
        {
            payloads.Add(reader.GetString(0));
        }

        return payloads;
    }

    private static async Task<string> ReadAllErasureRowsAsync(BusinessDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_hash, erased_by, source, counts_json, erased_utc FROM privacy_erasures";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        }

        return string.Join('\n', rows);
    }

    private sealed record Seeded(long AliceOrder, long BobOrder, string AliceBooking, string BobBooking);
}

public sealed class SqlitePrivacyStoresTests : PrivacyStoresTests
{
    private readonly TempSqliteFile _file = new();
    private readonly List<SqliteStorage> _storages = [];

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override IStorage OpenStorage()
    {
        var storage = new SqliteStorage(_file.Options);
        _storages.Add(storage);
        return storage;
    }

    protected override void Dispose(bool disposing)
    {
        _storages.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresPrivacyStoresTests : PrivacyStoresTests
{
    private readonly PostgresTestDatabase _database = new("privacy");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override IStorage OpenStorage() => new PostgresStorage(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
