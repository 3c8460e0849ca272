using System.Text;
using Majordome.Dialogs.Bookings;

namespace Majordome.Tests.Dialogs.Bookings;

public sealed class ICalendarTextTests
{
    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\nb")]
    [InlineData("a\rb", "a\\nb")]
    [InlineData("C:\\n", "C:\\\\n")] // a literal backslash-n stays two characters, colons are not escaped
    public void Escape_SpecialCharacter_IsEscapedOnce(string text, string expected)
    {
        Assert.Equal(expected, ICalendarText.Escape(text));
    }

    [Fact]
    public void Fold_ShortLine_IsUnchanged()
    {
        var line = new string('a', 75);

        Assert.Equal(line, ICalendarText.Fold(line));
    }

    [Fact]
    public void Fold_AccentedLine_CutsAt75OctetsNeverInsideACharacter()
    {
        // "é" is two octets: 37 fit in the first line (74 octets), then a space and 37 more (75 octets).
        var folded = ICalendarText.Fold(new string('é', 100)).Split("\r\n");

        Assert.Equal([new string('é', 37), " " + new string('é', 37), " " + new string('é', 26)], folded);
    }

    [Fact]
    public void Fold_EmojiAcrossTheLimit_StaysWhole()
    {
        // 73 ASCII octets + a 4-octet emoji would make 77: the emoji moves to the next line, surrogates together.
        var folded = ICalendarText.Fold(new string('a', 73) + "☕🫖").Split("\r\n");

        Assert.Equal(new string('a', 73), folded[0]);
        Assert.Equal(" ☕🫖", folded[1]);
        Assert.All(folded, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
    }

    [Fact]
    public void Utc_ParisInstant_IsWrittenInZForm()
    {
        Assert.Equal("20261128T140000Z", ICalendarText.Utc(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Join_Lines_EndEveryLineWithCrlf()
    {
        Assert.Equal("A:1\r\nB:2\r\n", ICalendarText.Join(["A:1", "B:2"]));
    }
}
