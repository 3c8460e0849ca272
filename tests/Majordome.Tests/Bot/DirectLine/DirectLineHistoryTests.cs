using Majordome.Bot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.DirectLine;

/// <summary>
/// A conversation's history is bounded by count and by bytes, and the process's total by bytes, so one visitor
/// posting large messages cannot grow the bot's memory without end (issue 15, item 10).
/// </summary>
public sealed class DirectLineHistoryTests
{
    [Fact]
    public void History_OverTheCountCap_KeepsOnlyTheNewest_AndWatermarksGoOn()
    {
        var store = Store(new DirectLineOptions { MaxHistoryActivities = 5 });
        store.Start("dl-count");

        for (var i = 0; i < 12; i++)
        {
            store.Append("dl-count", Message($"message {i}"));
        }

        var (activities, watermark) = store.GetAfter("dl-count", null)!.Value;
        Assert.Equal(["message 7", "message 8", "message 9", "message 10", "message 11"], activities.Select(a => a.Text));
        Assert.Equal(11, watermark);
        Assert.Equal("dl-count|0000011", activities[^1].Id);

        // A client that read up to message 9 gets what came after; one that fell behind gets what is kept.
        Assert.Equal(["message 10", "message 11"], store.GetAfter("dl-count", 9)!.Value.Activities.Select(a => a.Text));
        Assert.Equal(5, store.GetAfter("dl-count", 1)!.Value.Activities.Count);
        Assert.Equal(12, store.NextSequence("dl-count"));
    }

    [Fact]
    public void History_OverTheByteCap_DropsTheOldest_ButAlwaysKeepsTheNewest()
    {
        var store = Store(new DirectLineOptions { MaxHistoryBytes = 4096 });
        store.Start("dl-bytes");

        for (var i = 0; i < 20; i++)
        {
            store.Append("dl-bytes", Message(new string('x', 1000)));
        }

        Assert.InRange(store.HistoryBytes("dl-bytes")!.Value, 1000, 4096);
        Assert.InRange(store.GetAfter("dl-bytes", null)!.Value.Activities.Count, 2, 4);

        // One activity larger than the cap on its own is kept (the client has not read it yet).
        store.Append("dl-bytes", Message(new string('y', 6000)));
        var kept = store.GetAfter("dl-bytes", null)!.Value.Activities;
        Assert.Equal(new string('y', 6000), Assert.Single(kept).Text);
    }

    [Fact]
    public void TotalBytes_CountsEveryConversation_AndGoesDownWhenHistoryIsTrimmedOrRemoved()
    {
        var time = TimeProvider.System;
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MaxHistoryBytes = 8192, MaxTotalHistoryBytes = 10_000 }), time);
        store.Start("dl-a");
        store.Start("dl-b");
        Assert.True(store.HasRoom);

        for (var i = 0; i < 20; i++)
        {
            store.Append("dl-a", Message(new string('a', 1000)));
        }

        Assert.InRange(store.TotalBytes, 7000, 8192);
        Assert.True(store.HasRoom);
        store.Append("dl-b", Message(new string('b', 3000)));
        Assert.Equal(store.HistoryBytes("dl-a")!.Value + store.HistoryBytes("dl-b")!.Value, store.TotalBytes);
        Assert.False(store.HasRoom);

        Assert.Equal(2, store.RemoveIdle(DateTimeOffset.MaxValue));
        Assert.Equal(0, store.TotalBytes);
        Assert.True(store.HasRoom);
    }

    private static DirectLineConversationStore Store(DirectLineOptions options) => new(Options.Create(options), TimeProvider.System);

    private static Activity Message(string text) => new(ActivityTypes.Message, text: text);
}
