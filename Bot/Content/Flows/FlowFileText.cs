using System.Text;
using Majordome.Bot.Content.Yaml;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Decodes a flow file's bytes. UTF-8 is the rule; a byte-order mark makes UTF-8, UTF-16 or UTF-32 certain and is
/// read as such. Anything else that is not valid UTF-8 (Windows-1252 from Notepad's "ANSI", Latin-1) is refused
/// at its first bad byte: guessing would show customers "soir�e" or a wrong letter.
/// </summary>
internal static class FlowFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, or null after reporting where the first byte that is not UTF-8 is.</summary>
    public static string? Decode(byte[] bytes, SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(file);
        if (ByteOrderMark(bytes) is { } marked)
        {
            return marked.Encoding.GetString(bytes, marked.Length, bytes.Length - marked.Length);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalid(bytes);
            var (line, column) = Position(bytes, at);
            var shown = Encoding.Latin1.GetString(bytes, at, 1);
            file.Report(
                new YamlDotNet.Core.Mark(at, line, column),
                string.Empty,
                $"the file is not saved as UTF-8: the byte 0x{bytes[at]:X2} here (\"{shown}\" in Windows-1252) would show customers \"�\". " +
                "Open the file and save it as UTF-8 (Notepad: Save as, Encoding: UTF-8; VS Code: the encoding in the status bar, Save with Encoding, UTF-8).");
            return null;
        }
    }

    private static (Encoding Encoding, int Length)? ByteOrderMark(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    /// <summary>Where the first byte sequence that is not UTF-8 starts (its lead byte, the letter the marketer typed).</summary>
    private static int FirstInvalid(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            var length = lead switch
            {
                < 0x80 => 1,
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || i + length > bytes.Length || !bytes.AsSpan(i + 1, length - 1).ToArray().All(b => b is >= 0x80 and <= 0xBF)
                || !IsValid(bytes, i, length))
            {
                return i;
            }

            i += length;
        }

        return 0;
    }

    private static bool IsValid(byte[] bytes, int start, int length)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, start, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The 1-based line and column of byte <paramref name="index"/>, counting characters of the valid UTF-8 before it.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + StrictUtf8.GetCharCount(bytes, lineStart, index - lineStart);
        return (line, column);
    }
}
