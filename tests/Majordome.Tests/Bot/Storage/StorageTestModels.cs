using Microsoft.Bot.Builder;

namespace Majordome.Tests.Bot.Storage;

/// <summary>A plain object, as a dialog's options or a brand's order draft.</summary>
public sealed class BookingDraft
{
    public string Name { get; set; } = string.Empty;

    public int Guests { get; set; }

    public decimal Deposit { get; set; }

    public List<string> Notes { get; set; } = [];
}

/// <summary>An item with optimistic concurrency, as Bot Framework's IStoreItem samples.</summary>
public sealed class Counter : IStoreItem
{
    public int Count { get; set; }

    public string? ETag { get; set; }
}
