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

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _wire.DisposeAsync();
    }
}
