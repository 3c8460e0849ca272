using System.Net;
using Majordome.Dialogs.Bookings;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Health;

/// <summary>
/// The operator's side of storage faults on the real host with its SQLite file: a full disk, a database file
/// deleted under the running bot, a data folder that cannot be opened at start-up.
/// </summary>
public sealed class StorageFaultTests
{
    private const string Apology = "Désolé, un problème est survenu de mon côté.";

    [Fact]
    public async Task ConfirmingABooking_OnAFullDisk_ApologisesAndReadinessIsRedUntilWritesSucceed()
    {
        using var factory = new BotApplicationFactory(new() { ["Storage:Provider"] = "Sqlite", ["Storage:MaxDatabaseSizeMegabytes"] = "1" });
        using var client = factory.CreateClient();
        var conversation = Guid.NewGuid().ToString();
        foreach (var turn in new[] { "bonjour", "Réserver une table", "Lyon", "2", "samedi à 15h", "Marie", "06 12 34 56 78" })
        {
            await ExpectRepliesClient.SendForTextsAsync(client, conversation, turn);
        }

        await WaitUntilAsync(client, "/readyz", HttpStatusCode.OK);
        var database = Path.Combine(factory.DataDirectory, "majordome.db");
        DatabaseFiller.Fill(database, maxPages: 256);
        await FillTheBookingsTableAsync(factory.Services.GetRequiredService<IBookingStore>());

        var replies = await ExpectRepliesClient.SendForTextsAsync(client, conversation, "oui");

        Assert.Contains(replies, r => r.StartsWith(Apology, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.StartsWith("C'est réservé !", StringComparison.Ordinal));
        // At once, though /readyz probed the storage successfully a moment ago (the failed turn voids that), and
        // only /readyz: a restart would not give the disk room, so liveness stays green.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        DatabaseFiller.Free(database);

        await WaitUntilAsync(client, "/readyz", HttpStatusCode.OK);
        var fresh = await ExpectRepliesClient.SendForTextsAsync(client, Guid.NewGuid().ToString(), "bonjour");
        Assert.NotEmpty(fresh);
        Assert.DoesNotContain(fresh, r => r.StartsWith(Apology, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DatabaseFileDeleted_WhileTheBotRuns_ReadinessIsRedAndTheProcessIsNotRestarted()
    {
        using var factory = new BotApplicationFactory(new() { ["Storage:Provider"] = "Sqlite" });
        using var client = factory.CreateClient();
        await ExpectRepliesClient.SendForTextsAsync(client, Guid.NewGuid().ToString(), "bonjour");
        await WaitUntilAsync(client, "/readyz", HttpStatusCode.OK);

        foreach (var file in Directory.GetFiles(factory.DataDirectory))
        {
            File.Delete(file);
        }

        // A liveness probe gone red would restart the bot on a new, empty file: the evidence and the operator's
        // chance to put the file back would go with it.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public void DataDirectoryThatCannotBeCreated_StartUpFailsNamingItAndTheSetting()
    {
        // A regular file where the folder's parent should be: no user, root included, can create the folder.
        var blocker = Path.GetTempFileName();
        try
        {
            var directory = Path.Combine(blocker, "data");

            var error = Assert.ThrowsAny<Exception>(() => new BotApplicationFactory(new() { ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = directory }));

            var message = error.ToString();
            Assert.Contains("Storage:DataDirectory", message, StringComparison.Ordinal);
            Assert.Contains(directory, message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    /// <summary>Other customers' bookings, far ahead, until the bookings table's last page is full too.</summary>
    private static async Task FillTheBookingsTableAsync(IBookingStore bookings)
    {
        var start = new DateTimeOffset(2036, 1, 1, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 10_000; i++)
        {
            try
            {
                await bookings.BookAsync(new BookingRequest($"filler/{i}", "paris-opera", start.AddHours(i), 1, new string('F', 60), "+33600000000"), capacity: 100);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == DatabaseFiller.SqliteFull)
            {
                return;
            }
        }

        Assert.Fail("The bookings table never filled up.");
    }

    private static async Task WaitUntilAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        while ((status = (await client.GetAsync(path)).StatusCode) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(expected, status);
    }
}
