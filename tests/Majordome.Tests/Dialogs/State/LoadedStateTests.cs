using Majordome.Dialogs.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.State;

/// <summary>
/// How a stored state document is taken apart at load: each property kept as its text until asked for, the ETag
/// aside, and an untouched document found unchanged (so a turn that changes nothing writes nothing), whatever
/// writer produced it; a document that is not a JSON object is refused with its key.
/// </summary>
public sealed class LoadedStateTests
{
    [Fact]
    public void ADocumentWrittenElsewhere_IndentedAndEscaped_ReadsEveryProperty_AndUntouchedIsUnchanged()
    {
        var stored = """
            {
              "eTag": "7",
              "draft": { "name": "Zo\u00e9 \"la grande\"", "guests": 4, "notes": ["terrasse", null, 2.5] },
              "DialogState": { "dialogStack": [ { "id": "Main", "state": { "nested": { "deep": [ [ [ 1 ] ] ] } } } ] },
              "flag": true
            }
            """;

        var state = new LoadedState("webchat/conversations/c-1", stored);

        Assert.Equal("7", state.ETag);
        Assert.True(state.TryGet<JObject>("draft", out var draft));
        Assert.Equal("Zoé \"la grande\"", draft!.Value<string>("name"));
        Assert.Equal(4, draft.Value<int>("guests"));
        Assert.Equal("""["terrasse",null,2.5]""", draft["notes"]!.ToString(Formatting.None));
        Assert.True(state.TryGet<JObject>("DialogState", out var dialogs));
        Assert.Equal(1, (int)dialogs!.SelectToken("dialogStack[0].state.nested.deep[0][0][0]")!);
        Assert.True(state.TryGet<bool>("flag", out var flag) && flag);
        Assert.False(state.TryGet<string>("eTag", out _));
        Assert.Null(state.SerializeChanges());
    }

    [Fact]
    public void APropertyChanged_IsWritten_WithTheOthersAsTheyWere()
    {
        var state = new LoadedState("k", """{"eTag":"1","a":{"x":"d\u00e9j\u00e0"},"b":[1,2]}""");

        state.Set("b", new[] { 3 });
        var saved = JObject.Parse(state.SerializeChanges()!);

        Assert.Equal("déjà", saved["a"]!.Value<string>("x"));
        Assert.Equal([3], saved["b"]!.Values<int>());
        Assert.Null(saved["eTag"]);
    }

    [Theory]
    [InlineData("""{"eTag":"1","a":1,"DialogState":{"dialogStack":[{"id":"Main","state":{"x":""")]
    [InlineData("""{"eTag":"1","a":1,"b":[1,2""")]
    [InlineData("""{"eTag":"1","a":1""")]
    [InlineData("""{"eTag":"1","a":1} {"b":2}""")]
    public void ADocumentCutShort_OrWithTextAfterIt_IsRefused_NamingItsKey(string stored)
    {
        var refused = Assert.Throws<UnreadableStateException>(() => new LoadedState("webchat/conversations/cut", stored));

        Assert.Contains("webchat/conversations/cut", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    public void ADocumentThatIsNotAJsonObject_IsRefused_NamingItsKey(string stored)
    {
        var refused = Assert.ThrowsAny<JsonException>(() => new LoadedState("webchat/conversations/broken", stored));

        Assert.True(refused is JsonReaderException, $"{refused.GetType().Name}: {refused.Message}");
        if (stored.StartsWith('['))
        {
            Assert.Contains("webchat/conversations/broken", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AfterASave_TheSavedTextIsTheBaseline_SoTheNextSaveWritesOnlyWhatChangedSince()
    {
        var state = new LoadedState("k", """{"eTag":"1","a":{"x":1},"b":[1,2]}""");
        Assert.True(state.TryGet<JObject>("a", out var a));
        a!["x"] = 2;
        var first = state.SerializeChanges();
        Assert.NotNull(first);
        state.Saved(first!, "2");

        // Typed and untouched since the save: nothing to write.
        Assert.Null(state.SerializeChanges());

        a["x"] = 3;
        var second = JObject.Parse(state.SerializeChanges()!);
        Assert.Equal(3, second["a"]!.Value<int>("x"));
        Assert.Equal([1, 2], second["b"]!.Values<int>());
    }

    [Fact]
    public void APropertySetToAnEqualValue_IsUnchanged_ButOneAddedOrRemoved_IsWritten()
    {
        var state = new LoadedState("k", """{"eTag":"1","a":{"x":1},"b":[1,2]}""");

        state.Set("b", new[] { 1, 2 });
        Assert.Null(state.SerializeChanges());

        state.Remove("a");
        Assert.Equal("""{"b":[1,2]}""", state.SerializeChanges());

        var other = new LoadedState("k", """{"eTag":"1","a":{"x":1}}""");
        other.Set("c", "new");
        Assert.Equal("""{"a":{"x":1},"c":"new"}""", other.SerializeChanges());
    }

    [Fact]
    public void SavedFromATextItDidNotWriteLast_TheNextSaveWrites()
    {
        var state = new LoadedState("k", """{"eTag":"1","a":1}""");
        state.Set("a", 2);
        _ = state.SerializeChanges();

        state.Saved("""{"a":2}""", "2");

        Assert.Equal("""{"a":2}""", state.SerializeChanges());
    }

    [Fact]
    public void APropertyNameThatNeedsEscaping_IsWrittenEscaped()
    {
        var state = new LoadedState("k", null);
        state.Set("quote\"d", 1);

        var json = state.SerializeChanges()!;

        Assert.Equal(1, JObject.Parse(json).Value<int>("quote\"d"));
    }
}
