using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Hosting;

/// <summary>How the marketer's flow files are reloaded while the bot runs, bound from the "Flows" section.</summary>
public sealed class FlowReloadOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Flows";

    /// <summary>Whether an added, edited or deleted flow file takes effect without a restart (on by default).</summary>
    public bool HotReload { get; set; } = true;

    /// <summary>
    /// How often the flows folder is checked for changes even when no file event came: file watchers miss events
    /// on some mounts (network shares, containers), and this check catches what they miss.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Flows:ReloadInterval must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the folder must stay quiet after a file event before reloading (an editor saves in several writes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Flows:ReloadDebounce must be between 00:00:00 and 00:01:00.")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);
}
