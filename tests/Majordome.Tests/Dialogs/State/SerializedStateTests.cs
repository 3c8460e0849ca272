using Majordome.Dialogs.State;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.State;

public sealed class SerializedStateTests
{
    [Theory]
    [InlineData("{}", """{"eTag":"abc123"}""")]
    [InlineData("""{"DialogState":{"dialogStack":[]},"n":1}""", """{"eTag":"abc123","DialogState":{"dialogStack":[]},"n":1}""")]
    public void The_ETag_goes_first_and_the_document_stays_as_written(string json, string expected)
    {
        var stamped = new SerializedState(json, null).WithETag("abc123");

        Assert.Equal(expected, stamped);
        Assert.Equal("abc123", (string?)JObject.Parse(stamped)["eTag"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    public void Only_an_objects_text_is_accepted(string json)
    {
        Assert.Throws<ArgumentException>(() => new SerializedState(json, null));
    }

    [Fact]
    public void An_ETag_that_could_break_the_document_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SerializedState("{}", null).WithETag("a\",\"x"));
    }
}
