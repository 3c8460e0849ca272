using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>The FAQ served from the loaded brand content, indexed by id.</summary>
public sealed class LoadedFaqSource : IFaqSource
{
    private readonly Dictionary<string, FaqEntry> byId;

    /// <summary>Indexes <paramref name="entries"/>, whose ids the loader has checked to be unique.</summary>
    public LoadedFaqSource(IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        byId = entries.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <inheritdoc />
    public FaqEntry? FindById(string id) => byId.GetValueOrDefault(id);
}
