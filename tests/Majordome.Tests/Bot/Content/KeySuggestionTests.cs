using Majordome.Bot.Content.Yaml;

namespace Majordome.Tests.Bot.Content;

/// <summary>The "did you mean" of every content file: the typos a marketer makes, each one edit away.</summary>
public sealed class KeySuggestionTests
{
    [Theory]
    [InlineData("sya", "say")] // two letters swapped: one slip of the fingers, not two
    [InlineData("aks", "ask")]
    [InlineData("shceudle", "schedule")]
    [InlineData("sai", "say")]
    [InlineData("delivry", "delivery")]
    [InlineData("SAY", "say")]
    public void Closest_ATypo_IsTheKnownName(string typed, string expected)
    {
        Assert.Equal(expected, KeySuggestion.Closest(typed, ["say", "ask", "schedule", "delivery", "goto", "wait"]));
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("yas")] // a letter moved two places is a different word
    public void Closest_NothingNear_IsNull(string typed)
    {
        Assert.Null(KeySuggestion.Closest(typed, ["say", "ask", "goto"]));
    }
}
