using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Tests.Harness;
using Npgsql;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// A turn's transcript lines (the customer's message and the bot's replies) cost PostgreSQL one round trip, however
/// many lines there are: they are appended by one statement, not a transaction with a lock and an INSERT per line.
/// </summary>
public sealed class TranscriptAppendRoundTripTests : IAsyncDisposable
{
    private readonly RoundTripCounter _wire = RoundTripCounter.Start(PostgresServer.Instance.CreateDatabase("transcript_trips"));
    private readonly NpgsqlDataSource _dataSource;
    private readonly SqlTranscriptStore _transcripts;

    public TranscriptAppendRoundTripTests()
    {
        _dataSource = NpgsqlDataSource.Create(_wire.ConnectionString);
        _transcripts = new SqlTranscriptStore(new BusinessDatabase(_dataSource), TimeProvider.System);
    }

    [Fact]
    public async Task AppendAsync_ATurnsThreeLines_OneRoundTrip_AllKeptInOrder()
    {
        // The first call migrates the database and opens the pooled connection: not a turn's cost.
        await _transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);
        var before = _wire.RoundTrips;

        await _transcripts.AppendAsync("webchat", "c-1", [(TranscriptAuthor.Customer, null, "2"), (TranscriptAuthor.Bot, null, "Quand souhaitez-vous venir ?"), (TranscriptAuthor.Agent, "Camille", "Je m'en occupe")]);

        var roundTrips = _wire.RoundTrips - before;
        var kept = await _transcripts.ReadAsync("webchat", "c-1");
        Assert.Equal(1, roundTrips);
        Assert.Equal(["2", "Quand souhaitez-vous venir ?", "Je m'en occupe"], kept.Select(l => l.Text));
        Assert.Equal([TranscriptAuthor.Customer, TranscriptAuthor.Bot, TranscriptAuthor.Agent], kept.Select(l => l.Author));
        Assert.Equal([null, null, "Camille"], kept.Select(l => l.AuthorName));
    }

    [Fact]
    public async Task AppendAsync_ALineTooLong_IsCut_AndTheOthersKept()
    {
        var longText = new string('a', SqlTranscriptStore.MaxTextLength + 10);

        await _transcripts.AppendAsync("webchat", "c-2", [(TranscriptAuthor.Customer, null, longText), (TranscriptAuthor.Bot, null, "ok")]);

        var kept = await _transcripts.ReadAsync("webchat", "c-2");
        Assert.Equal([SqlTranscriptStore.MaxTextLength, 2], kept.Select(l => l.Text.Length));
    }

    [Fact]
    public async Task AppendAsync_AMessageWithANulCharacter_IsKeptWithoutIt()
    {
        // PostgreSQL's text cannot hold NUL: the whole turn's append used to fail (22021) and the team lost the turn.
        await _transcripts.AppendAsync("webchat", "c-4", [(TranscriptAuthor.Customer, null, "bon\0jour"), (TranscriptAuthor.Bot, null, "Bonjour !")]);

        Assert.Equal(["bonjour", "Bonjour !"], (await _transcripts.ReadAsync("webchat", "c-4")).Select(l => l.Text));
    }

    [Fact]
    public async Task LinesOfferedToAStateSave_AreKeptOnlyWhenThatSaveIsWhatIsStored()
    {
        await _transcripts.AppendAsync("webchat", "warm-up", [(TranscriptAuthor.Customer, null, "bonjour")]);
        var storage = new Majordome.Bot.Storage.PostgresStorage(_dataSource);
        var document = new Newtonsoft.Json.Linq.JObject { ["step"] = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/c-3"] = document });
        var storedETag = (string)document["eTag"]!;
        List<(string Author, string? AuthorName, string Text)> lines = [(TranscriptAuthor.Customer, null, "Bordeaux"), (TranscriptAuthor.Bot, null, "Pour combien de personnes ?")];
        var pending = _transcripts.OfferToStateSave("webchat", "c-3", lines)!;

        // A save that wrote nothing (another ETag is stored): the lines are not kept.
        await RunAsync(pending.Commands("webchat/conversations/c-3", "not-the-stored-etag"));
        Assert.Empty(await _transcripts.ReadAsync("webchat", "c-3"));

        // The save that is stored: kept, in order, with a name column of nulls typed all the same.
        await RunAsync(pending.Commands("webchat/conversations/c-3", storedETag));
        var kept = await _transcripts.ReadAsync("webchat", "c-3");
        Assert.Equal(["Bordeaux", "Pour combien de personnes ?"], kept.Select(l => l.Text));
        Assert.Equal([null, null], kept.Select(l => l.AuthorName));
    }

    private async Task RunAsync(IReadOnlyList<NpgsqlBatchCommand> commands)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _wire.DisposeAsync();
    }
}
