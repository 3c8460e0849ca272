using Majordome.Bot.Data;
using Majordome.Bot.Identity;
using Majordome.Tests.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Identity;

/// <summary>
/// Link tokens are single use, expire, are refused when altered or made for another door, and a link always points
/// at the primary key; run on SQLite and on PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class IdentityLinkStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Redeem_Once_LinksTheRedeemerToTheIssuer_ThenRefusesAnotherCustomer_AndRepeatsForTheSameOne()
    {
        var links = new SqlIdentityLinks(OpenDatabase());
        await links.IssueAsync("n1", "directline/v1", LinkTarget.Messenger, Now.AddMinutes(15), Now);

        var first = await links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(1));
        var again = await links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(2));
        var other = await links.RedeemAsync("n1", "facebook/p2", LinkTarget.Messenger, Now.AddMinutes(2));

        Assert.Equal((LinkRedemption.Linked, "directline/v1"), first);
        Assert.Equal((LinkRedemption.Linked, "directline/v1"), again);
        Assert.Equal((LinkRedemption.Reused, (string?)null), other);
        Assert.Equal("directline/v1", await links.FindPrimaryAsync("facebook/p1"));
        Assert.Null(await links.FindPrimaryAsync("facebook/p2"));
    }

    [Fact]
    public async Task Redeem_AfterExpiry_OrForAnotherDoor_OrUnknown_IsRefusedAndLinksNothing()
    {
        var links = new SqlIdentityLinks(OpenDatabase());
        await links.IssueAsync("n1", "directline/v1", LinkTarget.Messenger, Now.AddMinutes(15), Now);
        await links.IssueAsync("n2", "directline/v1", LinkTarget.WhatsApp, Now.AddMinutes(15), Now);

        Assert.Equal(LinkRedemption.Expired, (await links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(15))).Outcome);
        Assert.Equal(LinkRedemption.Forged, (await links.RedeemAsync("n2", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(1))).Outcome);
        Assert.Equal(LinkRedemption.Forged, (await links.RedeemAsync("n3", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(1))).Outcome);
        Assert.Null(await links.FindPrimaryAsync("facebook/p1"));
    }

    [Fact]
    public async Task Redeem_FromALinkedChannel_LinksToThePrimary_AndKeysLinkedToTheRedeemerFollow()
    {
        var links = new SqlIdentityLinks(OpenDatabase());
        await links.IssueAsync("n1", "directline/v1", LinkTarget.Messenger, Now.AddMinutes(15), Now);
        await links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now);

        // Messenger (linked to the web visitor) sends the customer to WhatsApp: WhatsApp joins the web visitor.
        await links.IssueAsync("n2", "facebook/p1", LinkTarget.WhatsApp, Now.AddMinutes(15), Now);
        var whatsapp = await links.RedeemAsync("n2", "whatsapp/33612345678", LinkTarget.WhatsApp, Now);

        // A second web visitor (another browser) sends the customer to WhatsApp: the WhatsApp number's links move too.
        await links.IssueAsync("n3", "directline/v2", LinkTarget.WhatsApp, Now.AddMinutes(15), Now);
        await links.IssueAsync("n4", "whatsapp/33600000000", LinkTarget.Messenger, Now.AddMinutes(15), Now);
        await links.RedeemAsync("n4", "facebook/p9", LinkTarget.Messenger, Now);
        await links.RedeemAsync("n3", "whatsapp/33600000000", LinkTarget.WhatsApp, Now);

        Assert.Equal((LinkRedemption.Linked, "directline/v1"), whatsapp);
        Assert.Equal("directline/v1", await links.FindPrimaryAsync("whatsapp/33612345678"));
        Assert.Equal("directline/v2", await links.FindPrimaryAsync("whatsapp/33600000000"));
        Assert.Equal("directline/v2", await links.FindPrimaryAsync("facebook/p9"));
    }

    [Fact]
    public async Task Redeem_ByTheIssuerItself_LinksNothing()
    {
        var links = new SqlIdentityLinks(OpenDatabase());
        await links.IssueAsync("n1", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(15), Now);

        Assert.Equal((LinkRedemption.SameCustomer, "facebook/p1"), await links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now));
        Assert.Null(await links.FindPrimaryAsync("facebook/p1"));
    }

    [Fact]
    public void Signer_ReadsItsOwnTokens_RefusesAlteredOnesAndAnotherKeys()
    {
        var signer = Signer("identity-link-secret-0123456789abcdef");
        var (token, nonce) = signer.Create(Now.AddMinutes(15));

        Assert.Equal((nonce, Now.AddMinutes(15)), signer.Read(token));
        Assert.Matches("^link-[A-Za-z0-9_-]{43}$", token);
        Assert.Null(signer.Read(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(signer.Read(token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..]));
        Assert.Null(Signer("another-secret-0123456789abcdef-xyz").Read(token));
        Assert.Null(signer.Read("link-" + new string('A', 43)));
        Assert.Null(signer.Read(token + "A"));
        Assert.Null(signer.Read(null));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new instance on the same database, with its own connections.</summary>
    protected abstract BusinessDatabase OpenDatabase();

    protected abstract void Dispose(bool disposing);

    private static LinkTokenSigner Signer(string secret) =>
        new(Options.Create(new IdentityLinkOptions { Secret = secret }), NullLogger<LinkTokenSigner>.Instance);
}

public sealed class SqliteIdentityLinkStoreTests : IdentityLinkStoreTests
{
    private readonly TempSqliteFile _file = new();

    protected override BusinessDatabase OpenDatabase() => new(_file.Options);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        _file.Dispose();
    }
}

public sealed class PostgresIdentityLinkStoreTests : IdentityLinkStoreTests
{
    private readonly PostgresTestDatabase _database = new("identitylinkstoretests");

    protected override BusinessDatabase OpenDatabase() => new(_database.NewDataSource());

    protected override void Dispose(bool disposing) => _database.Dispose();
}
