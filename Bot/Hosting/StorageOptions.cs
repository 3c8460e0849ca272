using System.ComponentModel.DataAnnotations;

namespace Majordome.Bot.Hosting;

/// <summary>Where conversation and user state live, bound from the "Storage" section of appsettings.json.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (the default: a file, survives restarts) or "Memory" (tests and demos; lost on restart).</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|memory)$", ErrorMessage = "Storage:Provider must be \"Sqlite\" or \"Memory\".")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The folder of the SQLite file, relative to the working directory; created on first run.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file's name.</summary>
    [Required]
    public string FileName { get; set; } = "majordome.db";
}
