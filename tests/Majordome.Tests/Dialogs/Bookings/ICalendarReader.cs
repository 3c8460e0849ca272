using System.Text;

namespace Majordome.Tests.Dialogs.Bookings;

/// <summary>Reads our .ics output back as a strict client would, so tests assert properties rather than raw text.</summary>
public static class ICalendarReader
{
    /// <summary>The physical lines, after checking every one ends with CRLF and stays within 75 UTF-8 octets.</summary>
    public static IReadOnlyList<string> PhysicalLines(string calendar)
    {
        Assert.EndsWith("\r\n", calendar);
        Assert.DoesNotContain("\n", calendar.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("\r", calendar.Replace("\r\n", string.Empty, StringComparison.Ordinal));

        var lines = calendar[..^2].Split("\r\n");
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        return lines;
    }

    /// <summary>The logical content lines as (name, value), continuation lines unfolded (RFC 5545 §3.1).</summary>
    public static IReadOnlyList<(string Name, string Value)> ContentLines(string calendar)
    {
        var unfolded = new List<string>();
        foreach (var line in PhysicalLines(calendar))
        {
            if (line.StartsWith(' '))
            {
                unfolded[^1] += line[1..];
            }
            else
            {
                unfolded.Add(line);
            }
        }

        return [.. unfolded.Select(l => (l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]))];
    }

    /// <summary>The value of the one property called <paramref name="name"/>.</summary>
    public static string Property(string calendar, string name) => ContentLines(calendar).Single(p => p.Name == name).Value;

    /// <summary>A TEXT value with its escapes undone, as a calendar app shows it.</summary>
    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
