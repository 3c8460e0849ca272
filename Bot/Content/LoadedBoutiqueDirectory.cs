using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>The boutiques served from the loaded brand content, indexed by id.</summary>
public sealed class LoadedBoutiqueDirectory : IBoutiqueDirectory
{
    private readonly Dictionary<string, Boutique> byId;

    /// <summary>Indexes <paramref name="boutiques"/>, whose ids the loader has checked to be unique.</summary>
    public LoadedBoutiqueDirectory(IReadOnlyList<Boutique> boutiques)
    {
        ArgumentNullException.ThrowIfNull(boutiques);
        Boutiques = boutiques;
        byId = boutiques.ToDictionary(b => b.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<Boutique> Boutiques { get; }

    /// <inheritdoc />
    public Boutique? FindById(string id) => byId.GetValueOrDefault(id);
}
