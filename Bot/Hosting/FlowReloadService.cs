using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>
/// Hot reload of the flow files: a file watcher on the brand content folder signals changes, which are reloaded
/// once the folder has been quiet for <see cref="FlowReloadOptions.ReloadDebounce"/>; the folder is also checked
/// every <see cref="FlowReloadOptions.ReloadInterval"/>, because watchers miss events on some mounts. A reload
/// happens only when the flow files' stamp changed, and nothing it meets ever stops the host.
/// </summary>
public sealed partial class FlowReloadService : BackgroundService
{
    private readonly FlowCatalogReloader _reloader;
    private readonly FlowReloadOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FlowReloadService> _logger;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Creates the service.</summary>
    public FlowReloadService(FlowCatalogReloader reloader, IOptions<FlowReloadOptions> options, TimeProvider time, ILogger<FlowReloadService> logger)
    {
        ArgumentNullException.ThrowIfNull(reloader);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _reloader = reloader;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.HotReload)
        {
            return;
        }

        var folder = _reloader.Folder;
        using var watcher = Watch(Path.GetDirectoryName(folder)!);

        // Checked once before waiting: a file saved between the start-up load and the watcher's start raised no event.
        ReloadIfChanged(folder);
        LogWatching(folder, _options.ReloadInterval.TotalSeconds, watcher is not null);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await WaitForSignalAsync(_options.ReloadInterval, stoppingToken).ConfigureAwait(false))
                {
                    await DebounceAsync(stoppingToken).ConfigureAwait(false);
                }

                ReloadIfChanged(folder);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Reloads when the files differ from what the last load read (at start-up, or the last reload).</summary>
    private void ReloadIfChanged(string folder)
    {
        try
        {
            if (FlowFolderStamp.Of(folder) != _reloader.LoadedStamp)
            {
                _reloader.Reload();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reloader reports file problems itself; anything else is a bug, and the flows serving keep serving.
            LogReloadFailed(e);
        }
    }

    /// <summary>Waits for a file event or the end of <paramref name="interval"/>; true for an event.</summary>
    private async Task<bool> WaitForSignalAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(interval, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            return await _signals.Reader.ReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits until no file event came for the debounce time: an editor saves in several writes.</summary>
    private async Task DebounceAsync(CancellationToken stoppingToken)
    {
        while (await WaitForSignalAsync(_options.ReloadDebounce, stoppingToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>A watcher of the content folder and below (the flows folder may be created or replaced), or null where watching fails.</summary>
    private FileSystemWatcher? Watch(string contentFolder)
    {
        if (!Directory.Exists(contentFolder))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(contentFolder) { IncludeSubdirectories = true };
            FileSystemEventHandler changed = (_, _) => _signals.Writer.TryWrite(true);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => _signals.Writer.TryWrite(true);

            // A lost watcher (buffer overflow, folder gone) is covered by the periodic check.
            watcher.Error += (_, e) => LogWatcherError(e.GetException());
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            LogWatcherError(e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hot reload of flow files in {Folder}: checked every {Seconds:0.#} s (file watcher: {Watching})")]
    private partial void LogWatching(string folder, double seconds, bool watching);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The flow file watcher failed; the periodic check still reloads changes")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the flow files failed; the flows serving keep serving")]
    private partial void LogReloadFailed(Exception exception);
}
