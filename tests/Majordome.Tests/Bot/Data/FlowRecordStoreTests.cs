using Majordome.Bot.Data;
using Majordome.Dialogs.Flows.Actions;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Data;

/// <summary>The leads and survey answers store, run on SQLite and on PostgreSQL by the subclasses at the end of this file.</summary>
public abstract class FlowRecordStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lead_IsStoredWithTheConsentTextWordForWord()
    {
        var store = new SqlFlowRecordStore(OpenDatabase());
        var text = "J'accepte de recevoir les nouveautés « Maison Tasse » — désinscription à tout moment.";
        await store.RecordLeadAsync(new Lead("launch", "fb/1", "marie@example.com", "+33612345678", "Marie", true, text, "fr", Now));
        await store.RecordLeadAsync(new Lead("launch", "fb/2", null, null, null, false, text, "fr", Now.AddMinutes(1)));
        await store.RecordLeadAsync(new Lead("other", "fb/3", "x@example.com", null, null, true, "Yes", "en", Now));

        var leads = await new SqlFlowRecordStore(OpenDatabase()).ReadLeadsAsync("launch");

        Assert.Equal(
            [new Lead("launch", "fb/1", "marie@example.com", "+33612345678", "Marie", true, text, "fr", Now), new Lead("launch", "fb/2", null, null, null, false, text, "fr", Now.AddMinutes(1))],
            leads);
    }

    [Fact]
    public async Task SurveyAnswer_IsStored_AndARatingOutOfRangeIsRefusedByTheDatabase()
    {
        var store = new SqlFlowRecordStore(OpenDatabase());
        await store.RecordSurveyAsync(new SurveyAnswer("survey", "fb/1", 2, "Colis abîmé", "fr", Now));
        await store.RecordSurveyAsync(new SurveyAnswer("survey", "fb/2", 5, null, "en", Now));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.RecordSurveyAsync(new SurveyAnswer("survey", "fb/3", 6, null, "en", Now)));
        Assert.Equal([(2, "Colis abîmé"), (5, null)], (await store.ReadSurveyAnswersAsync("survey")).Select(a => (a.Rating, a.Comment)));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);
}

public sealed class SqliteFlowRecordStoreTests : FlowRecordStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresFlowRecordStoreTests : FlowRecordStoreTests
{
    private readonly PostgresTestDatabase _database = new("flowrecordstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
