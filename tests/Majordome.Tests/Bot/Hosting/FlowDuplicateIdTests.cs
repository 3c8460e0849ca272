using Majordome.Bot.Hosting;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Bot.Messenger;

namespace Majordome.Tests.Bot.Hosting;

/// <summary>A copy of a flow saved with the same id: neither file serves anew, the last good version keeps serving.</summary>
public sealed class FlowDuplicateIdTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();
    private readonly CapturedLogs _logs = new();
    private readonly FlowCatalogReloader _reloader;

    public FlowDuplicateIdTests()
    {
        _reloader = new FlowCatalogReloader(_folder.Directory, _logs.CreateLogger("reload"));
    }

    public void Dispose()
    {
        _logs.Dispose();
        _folder.Dispose();
    }

    private static string Tasting(string welcome, string keyword) => $$"""
        id: christmas-tasting
        title: { fr: Dégustation de Noël, en: Christmas tasting }
        triggers:
          keywords: [{{keyword}}]
        steps:
          - say: { fr: {{welcome}}, en: Welcome }
        """;

    [Fact]
    public void Load_TwoFilesWithOneId_BothAreRejected_EachNamingTheOther()
    {
        _folder.Write("christmas-tasting.yaml", Tasting("Version 1", "noel"))
            .Write("christmas-tasting-v2.yaml", Tasting("Version 2", "noel2"));

        var result = _folder.Load();

        Assert.Empty(result.Flows);
        var original = Assert.Single(result.Problems, p => p.File == "flows/christmas-tasting.yaml");
        var copy = Assert.Single(result.Problems, p => p.File == "flows/christmas-tasting-v2.yaml");
        Assert.Equal((1, 5), (original.Line, original.Column));
        Assert.Contains("flows/christmas-tasting-v2.yaml", original.Message, StringComparison.Ordinal);
        Assert.Contains("flows/christmas-tasting.yaml", copy.Message, StringComparison.Ordinal);
        Assert.Contains("give the copy its own id", copy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_CopySavedWithTheSameId_TheLastGoodVersionKeepsServing()
    {
        _folder.Write("christmas-tasting.yaml", Tasting("Version 1", "noel"));
        _reloader.Reload();

        // The copy sorts before the original ("-" comes before "."): it must not go live in its place.
        _folder.Write("christmas-tasting-v2.yaml", Tasting("Version 2", "noel2"));
        var summary = _reloader.Reload();

        var serving = Assert.Single(_reloader.Source.Current.Flows);
        Assert.Equal("Version 1", ((SayStep)serving.Steps[0]).Text.Fr);
        Assert.Equal(["flows/christmas-tasting-v2.yaml", "flows/christmas-tasting.yaml"], summary.Rejected.Order(StringComparer.Ordinal));
        Assert.Null(_reloader.Source.Current.FindByKeyword("noel2"));
    }
}
