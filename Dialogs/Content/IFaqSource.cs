namespace Majordome.Dialogs.Content;

/// <summary>The questions and answers the information conversation draws on.</summary>
public interface IFaqSource
{
    /// <summary>Every entry, in the order the marketer listed them.</summary>
    IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>The entry with this id (case-insensitive), or null.</summary>
    FaqEntry? FindById(string id);
}
