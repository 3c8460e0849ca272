using Majordome.Bot.Data;
using Majordome.Bot.Identity;
using Majordome.Bot.Privacy;
using Majordome.Bot.Storage;
using Majordome.Dialogs.Flows.Experiments;
using Majordome.Tests.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Majordome.Tests.Bot.Identity;

/// <summary>A customer's erasure removes their links to other channels' keys, on whichever side they are, and the tokens given to them.</summary>
public sealed class IdentityLinkErasureTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly TempSqliteFile _file = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }

    [Fact]
    public async Task Erase_FromTheLinkedChannel_ErasesEveryKeyOfTheCustomer_AndLeavesOthersAlone()
    {
        var database = new BusinessDatabase(_file.Options);
        var links = new SqlIdentityLinks(database);
        var experiments = new SqlFlowExperimentLog(database);
        foreach (var key in new[] { "directline/dl-alice", "facebook/p-alice", "directline/dl-bob" })
        {
            await experiments.AssignAsync(new ExperimentAssignment("gift-finder", "intro", key, "a", Now));
        }

        await links.IssueAsync("n1", "directline/dl-alice", LinkTarget.Messenger, Now.AddMinutes(15), Now);
        await links.RedeemAsync("n1", "facebook/p-alice", LinkTarget.Messenger, Now);
        using var storage = new SqliteStorage(_file.Options);

        var receipt = await new SqlCustomerErasure(database, storage, TimeProvider.System).EraseAsync(new CustomerRecordKey("facebook", "p-alice"), "customer", ErasureSource.Console);

        Assert.Equal(2, receipt.Counts["experiment_assignments"]);
        Assert.True((await experiments.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "directline/dl-alice", "b", Now))).IsNew);
        Assert.False((await experiments.AssignAsync(new ExperimentAssignment("gift-finder", "intro", "directline/dl-bob", "b", Now))).IsNew);
        Assert.Null(await links.FindPrimaryAsync("facebook/p-alice"));
    }

    [Fact]
    public async Task Erase_RemovesTheCustomersLinksAndTokens_AndLeavesOthersAlone()
    {
        var database = new BusinessDatabase(_file.Options);
        var links = new SqlIdentityLinks(database);
        async Task LinkAsync(string nonce, string primary, string linked)
        {
            await links.IssueAsync(nonce, primary, LinkTarget.Messenger, Now.AddMinutes(15), Now);
            await links.RedeemAsync(nonce, linked, LinkTarget.Messenger, Now);
        }

        await LinkAsync("n1", "directline/dl-alice", "facebook/p-alice");
        await LinkAsync("n2", "directline/dl-bob", "facebook/p-bob");
        await links.IssueAsync("n3", "directline/dl-alice", LinkTarget.WhatsApp, Now.AddMinutes(15), Now);
        using var storage = new SqliteStorage(_file.Options);

        var receipt = await new SqlCustomerErasure(database, storage, TimeProvider.System).EraseAsync(new CustomerRecordKey("directline", "dl-alice"), "camille", ErasureSource.Console);

        Assert.Null(await links.FindPrimaryAsync("facebook/p-alice"));
        Assert.Equal("directline/dl-bob", await links.FindPrimaryAsync("facebook/p-bob"));
        Assert.Equal(LinkRedemption.Forged, (await links.RedeemAsync("n3", "whatsapp/33600000000", LinkTarget.WhatsApp, Now)).Outcome);
        Assert.Equal(1, receipt.Counts["identity_links"]);
    }
}
