using System.Globalization;
using System.Text;
using Majordome.Bot.Messenger.Rendering;

namespace Majordome.Tests.Bot.Messenger.Rendering;

public class TextSplitterTests
{
    [Fact]
    public void Split_ShortText_IsOneTrimmedPiece()
    {
        Assert.Equal(["Bonjour !"], TextSplitter.Split("  Bonjour !\n", MessengerLimits.Messenger.TextFits));
    }

    [Fact]
    public void Split_EmptyOrBlank_GivesNothing()
    {
        Assert.Empty(TextSplitter.Split("  \n ", MessengerLimits.Messenger.TextFits));
        Assert.Empty(TextSplitter.Split(null, MessengerLimits.Messenger.TextFits));
    }

    [Fact]
    public void Split_LongMessengerText_CutsAtSentenceEnds_EachUnder2000()
    {
        var sentence = "Notre espresso Forte est torréfié lentement à Paris pour révéler ses notes de cacao. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60));
        var parts = TextSplitter.Split(text, MessengerLimits.Messenger.TextFits);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length < 2000));
        Assert.All(parts, p => Assert.EndsWith("cacao.", p, StringComparison.Ordinal));
        Assert.Equal(text.Trim(), string.Join(' ', parts));
    }

    [Fact]
    public void Split_InstagramText_CountsUtf8Bytes()
    {
        // "é" and "☕" take 2 and 3 bytes: 1400 characters are well over 1000 bytes.
        var text = string.Concat(Enumerable.Repeat("Café ☕ corsé. ", 100));
        var parts = TextSplitter.Split(text, MessengerLimits.Instagram.TextFits);
        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 1000, $"{Encoding.UTF8.GetByteCount(p)} bytes"));
    }

    [Fact]
    public void Split_OneHugeWordOfEmoji_NeverCutsAGrapheme()
    {
        // A family emoji is one grapheme of several code points: a cut inside it would send broken characters.
        var family = "👨‍👩‍👧‍👦";
        var text = string.Concat(Enumerable.Repeat(family, 200));
        var parts = TextSplitter.Split(text, t => Encoding.UTF8.GetByteCount(t) <= 1000);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p =>
        {
            Assert.True(Encoding.UTF8.GetByteCount(p) <= 1000);
            Assert.Equal(0, p.Length % family.Length);
            Assert.Equal(p.Length / family.Length, new StringInfo(p).LengthInTextElements);
        });
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_NoSentenceEnds_CutsBetweenWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("mot", 1000));
        var parts = TextSplitter.Split(text, MessengerLimits.Messenger.TextFits);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.DoesNotContain("mo ", p + " ", StringComparison.Ordinal));
        Assert.All(parts, p => Assert.True(p.Length < 2000 && p.StartsWith("mot", StringComparison.Ordinal) && p.EndsWith("mot", StringComparison.Ordinal)));
    }
}
