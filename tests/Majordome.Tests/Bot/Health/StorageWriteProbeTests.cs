using Majordome.Bot.Health;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Bot.Health;

/// <summary>The readiness write probe: written at most once per interval, at once after a failed turn, never kept when it fails.</summary>
public sealed class StorageWriteProbeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly CountingStorage _storage = new();

    [Fact]
    public async Task CheckAsync_PolledManyTimesWithinTheInterval_WritesOneProbe()
    {
        var probe = Create(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HealthStatus.Healthy, (await probe.CheckAsync(CancellationToken.None)).Status);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(1, _storage.Writes);
        _time.Advance(TimeSpan.FromSeconds(11));
        await probe.CheckAsync(CancellationToken.None);
        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task CheckAsync_AfterInvalidate_ProbesAgainAtOnce()
    {
        var probe = Create(TimeSpan.FromSeconds(30));
        await probe.CheckAsync(CancellationToken.None);

        probe.Invalidate();
        _storage.Fails = true;
        var result = await probe.CheckAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("disk full", result.Description, StringComparison.Ordinal);
        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task CheckAsync_AfterAFailure_ProbesEachTimeUntilAWriteSucceeds()
    {
        var probe = Create(TimeSpan.FromSeconds(30));
        _storage.Fails = true;
        Assert.Equal(HealthStatus.Unhealthy, (await probe.CheckAsync(CancellationToken.None)).Status);
        Assert.Equal(HealthStatus.Unhealthy, (await probe.CheckAsync(CancellationToken.None)).Status);

        _storage.Fails = false;

        Assert.Equal(HealthStatus.Healthy, (await probe.CheckAsync(CancellationToken.None)).Status);
        Assert.Equal(3, _storage.Writes);
        Assert.Equal(HealthStatus.Healthy, (await probe.CheckAsync(CancellationToken.None)).Status);
        Assert.Equal(3, _storage.Writes);
    }

    [Fact]
    public async Task CheckAsync_WritesABookingSizedProbeAndRemovesIt()
    {
        var probe = Create(TimeSpan.Zero);

        await probe.CheckAsync(CancellationToken.None);

        Assert.True(_storage.LargestWrite >= StorageWriteProbe.ProbeBytes);
        Assert.Empty(await _storage.ReadAsync(["majordome/health-probe"]));
    }

    private StorageWriteProbe Create(TimeSpan interval) =>
        new(_storage, _time, Options.Create(new HealthOptions { StorageProbeInterval = interval }));

    /// <summary>A memory storage that counts writes and can refuse them as a full disk does.</summary>
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public bool Fails { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, Newtonsoft.Json.JsonConvert.SerializeObject(changes).Length);
            return Fails ? throw new IOException("database or disk is full") : _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            _inner.DeleteAsync(keys, cancellationToken);
    }
}
