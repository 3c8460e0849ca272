using System.Text;
using Majordome.Bot.Content.Flows;
using Majordome.Tests.Bot.Content;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>A flow file saved in another encoding than UTF-8 is refused with where and how to fix it, or read right when certain.</summary>
public sealed class FlowFileEncodingTests : IDisposable
{
    private const string Tasting = """
        id: tasting
        title: { fr: Dégustation, en: Tasting }
        steps:
          - say: { fr: Bienvenue à la soirée dégustation, en: Welcome to the tasting evening }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteBytes(string name, byte[] bytes) =>
        File.WriteAllBytes(Path.Combine(_folder.Directory, FlowLoader.FolderName, name), bytes);

    [Fact]
    public void Load_Windows1252File_IsRefusedAtTheFirstBadByte_WithTheAdviceToSaveAsUtf8()
    {
        // Latin-1 and Windows-1252 agree on é and à: this is what Notepad's "ANSI" writes on a French Windows.
        WriteBytes("tasting.yaml", Encoding.Latin1.GetBytes(Tasting));

        var result = _folder.Load();

        Assert.Empty(result.Flows);
        var problem = Assert.Single(result.Problems);
        // Line 2: "title: { fr: Dégustation": the é is the 15th character.
        Assert.Equal(("flows/tasting.yaml", 2, 15), (problem.File, problem.Line, problem.Column));
        Assert.Contains("not saved as UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf16FileWithByteOrderMark_IsReadCorrectly()
    {
        WriteBytes("tasting.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Tasting)]);

        var result = _folder.Load();

        Assert.Empty(result.Problems);
        var say = Assert.IsType<Majordome.Dialogs.Flows.SayStep>(Assert.Single(result.Flows).Steps[0]);
        Assert.Equal("Bienvenue à la soirée dégustation", say.Text.Fr);
    }
}
