using Majordome.Bot.Messenger.Mapping;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Mapping;

public sealed class EventIdentityTests
{
    [Fact]
    public void DedupeKey_MessageAndItsEditAndDeletion_AreDifferentKeys()
    {
        var message = MetaFixtures.FirstEvent("text_message.json");
        var edit = MetaFixtures.FirstEvent("message_edits.json");

        var messageKey = EventIdentity.DedupeKey("facebook", MetaFixtures.PageId, false, message);
        var editKey = EventIdentity.DedupeKey("facebook", MetaFixtures.PageId, false, edit);

        Assert.EndsWith("/mid:m_Zk3vQ8rT1uYpL0aXc7NbW2eHs9GdJf4KqM6oR5iUyE8tA1zVwBxCn3PlSgD7hF", messageKey, StringComparison.Ordinal);
        Assert.NotEqual(messageKey, editKey);
        Assert.NotEqual(
            EventIdentity.DedupeKey("instagram", MetaFixtures.InstagramId, false, MetaFixtures.FirstEvent("instagram_text_message.json")),
            EventIdentity.DedupeKey("instagram", MetaFixtures.InstagramId, false, MetaFixtures.FirstEvent("Extra/instagram_deleted.json")));
    }

    [Fact]
    public void DedupeKey_EventWithoutMid_IsStableAndDependsOnContent()
    {
        var read = MetaFixtures.FirstEvent("message_reads.json");
        var later = (JObject)read.DeepClone();
        later["read"]!["watermark"] = 1781189999999;

        Assert.Equal(EventIdentity.DedupeKey("facebook", "p", false, read), EventIdentity.DedupeKey("facebook", "p", false, (JObject)read.DeepClone()));
        Assert.NotEqual(EventIdentity.DedupeKey("facebook", "p", false, read), EventIdentity.DedupeKey("facebook", "p", false, later));
        Assert.NotEqual(EventIdentity.DedupeKey("facebook", "p", false, read), EventIdentity.DedupeKey("facebook", "p", true, read));
    }

    [Theory]
    [InlineData("\"123\"", "123")]
    [InlineData("123", "123")]
    [InlineData("948372615204837", "948372615204837")]
    [InlineData("99999999999999999999999", "99999999999999999999999")]
    [InlineData("null", null)]
    [InlineData("\"\"", null)]
    [InlineData("1.5", null)]
    [InlineData("true", null)]
    [InlineData("{}", null)]
    public void JsonIds_StringsAndIntegers_ReadAlike(string json, string? expected)
    {
        Assert.Equal(expected, JsonIds.Read(JToken.Parse(json)));
    }

    [Theory]
    [InlineData("1781190000000", 1781190000000L)]
    [InlineData("1781190000", 1781190000000L)]
    [InlineData("\"1781190000\"", 1781190000000L)]
    [InlineData("\"1781190000123\"", 1781190000123L)]
    public void EventTime_SecondsOrMilliseconds_AreTheSameInstant(string json, long expectedMs)
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMs), EventTime.Read(JToken.Parse(json)));
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("-5")]
    [InlineData("{}")]
    public void EventTime_NotATime_IsNull(string json)
    {
        Assert.Null(EventTime.Read(JToken.Parse(json)));
    }
}
