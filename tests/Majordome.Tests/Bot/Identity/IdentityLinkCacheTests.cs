using Majordome.Bot.Data;
using Majordome.Bot.Hosting;
using Majordome.Bot.Identity;
using Majordome.Bot.Storage;
using Majordome.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Majordome.Tests.Bot.Identity;

/// <summary>
/// On PostgreSQL an instance keeps the identity links it looked up while it hears the database announce their
/// changes (the trigger of migration 27, <see cref="IdentityLinkListener"/>): every change, made by another instance
/// or by hand, reaches it; without the announcements nothing is kept.
/// </summary>
public sealed class IdentityLinkCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly PostgresTestDatabase _database = new("identity-cache");

    [Fact]
    public async Task A_kept_lookup_changes_when_the_database_announces_a_change_and_only_then()
    {
        await using var instance = await Instance.StartAsync(_database);
        Assert.Null(await instance.Links.FindPrimaryAsync("whatsapp/1"));

        // Written with triggers off (as a replica would apply it): nothing announced, so the kept answer stays.
        await ExecuteAsync("SET session_replication_role = replica; INSERT INTO identity_links (linked_key, primary_key, linked_utc) VALUES ('whatsapp/1', 'directline/a', '2026-12-07T10:00:00Z');");
        Assert.Null(await instance.Links.FindPrimaryAsync("whatsapp/1"));

        // Any ordinary change is announced and reaches the instance.
        await ExecuteAsync("UPDATE identity_links SET primary_key = 'directline/b' WHERE linked_key = 'whatsapp/1';");
        await EventuallyAsync(async () => await instance.Links.FindPrimaryAsync("whatsapp/1") == "directline/b");

        // An erasure deletes the links: the instance no longer answers with the erased customer.
        await ExecuteAsync("DELETE FROM identity_links WHERE primary_key = 'directline/b';");
        await EventuallyAsync(async () => await instance.Links.FindPrimaryAsync("whatsapp/1") is null);
    }

    [Fact]
    public async Task A_link_redeemed_on_another_instance_reaches_this_one()
    {
        await using var here = await Instance.StartAsync(_database);
        await using var there = await Instance.StartAsync(_database);
        Assert.Null(await here.Links.FindPrimaryAsync("facebook/p1"));

        await there.Links.IssueAsync("n1", "directline/v1", LinkTarget.Messenger, Now.AddMinutes(15), Now);
        Assert.Equal((LinkRedemption.Linked, "directline/v1"), await there.Links.RedeemAsync("n1", "facebook/p1", LinkTarget.Messenger, Now.AddMinutes(1)));

        // The instance that redeemed sees it at once; the other as soon as it hears of it.
        Assert.Equal("directline/v1", await there.Links.FindPrimaryAsync("facebook/p1"));
        await EventuallyAsync(async () => await here.Links.FindPrimaryAsync("facebook/p1") == "directline/v1");
    }

    [Fact]
    public async Task Without_the_announcements_every_lookup_reads_the_database()
    {
        await using var dataSource = _database.NewDataSource();
        var database = new BusinessDatabase(dataSource);
        var links = new SqlIdentityLinks(database, new IdentityLinkCache());
        Assert.Null(await links.FindPrimaryAsync("whatsapp/2"));

        await ExecuteAsync("SET session_replication_role = replica; INSERT INTO identity_links (linked_key, primary_key, linked_utc) VALUES ('whatsapp/2', 'directline/c', '2026-12-07T10:00:00Z');");

        Assert.Equal("directline/c", await links.FindPrimaryAsync("whatsapp/2"));
    }

    [Fact]
    public void A_lookup_that_raced_with_a_change_is_not_kept()
    {
        var cache = new IdentityLinkCache();
        cache.Listening(true);
        var before = cache.Generation;

        cache.Changed();
        cache.Keep("whatsapp/3", "directline/old", before);

        Assert.False(cache.TryGet("whatsapp/3", out _));
        cache.Keep("whatsapp/3", "directline/new", cache.Generation);
        Assert.True(cache.TryGet("whatsapp/3", out var kept));
        Assert.Equal("directline/new", kept);

        cache.Listening(false);
        Assert.False(cache.TryGet("whatsapp/3", out _));
    }

    public void Dispose() => _database.Dispose();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change did not reach the instance within 10 s");
            await Task.Delay(20);
        }
    }

    /// <summary>One bot instance's share of it: its pool, business database, cache, store and listener.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly IdentityLinkListener _listener;

        private Instance(ServiceProvider services, IdentityLinkListener listener, SqlIdentityLinks links)
        {
            _services = services;
            _listener = listener;
            Links = links;
        }

        public SqlIdentityLinks Links { get; }

        public static async Task<Instance> StartAsync(PostgresTestDatabase database)
        {
            var services = new ServiceCollection()
                .AddSingleton(Options.Create(new StorageOptions { Provider = "Postgres", ConnectionString = database.ConnectionString }))
                .AddSingleton(_ => NpgsqlDataSource.Create(database.ConnectionString))
                .AddSingleton(sp => new PostgresConnector(sp.GetRequiredService<NpgsqlDataSource>()))
                .AddSingleton(sp => new BusinessDatabase(sp.GetRequiredService<PostgresConnector>()))
                .AddSingleton<IdentityLinkCache>()
                .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                .BuildServiceProvider();
            var cache = services.GetRequiredService<IdentityLinkCache>();
            var listener = new IdentityLinkListener(services, cache, NullLogger<IdentityLinkListener>.Instance);
            await listener.StartAsync(CancellationToken.None);
            await EventuallyAsync(() => Task.FromResult(cache.Enabled));
            return new Instance(services, listener, new SqlIdentityLinks(services.GetRequiredService<BusinessDatabase>(), cache));
        }

        public async ValueTask DisposeAsync()
        {
            await _listener.StopAsync(CancellationToken.None);
            _listener.Dispose();
            await _services.DisposeAsync();
        }
    }
}
