using Majordome.Bot.Hosting;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Configuration;

namespace Majordome.Tests.Bot.Content.Flows;

public sealed class FlowsCommandTests : IDisposable
{
    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IConfiguration Empty => new ConfigurationBuilder().Build();

    [Fact]
    public async Task Validate_ShippedFlows_ExitsZero()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "validate", RepositoryRoot.BrandDirectory], Empty, output);

        Assert.Equal(0, code);
        Assert.Contains("7 flow(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Problems_PrintsEachWithItsPlaceAndExitsOne()
    {
        _folder.Write("bad.yaml", "id: bad\ntitle: { fr: Mauvais }\nsteps:\n  - goto: nowhere\n");
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "validate", _folder.Directory], Empty, output);

        Assert.Equal(1, code);
        var text = output.ToString();
        Assert.Contains("flows/bad.yaml, line 2, column 8, field \"title.en\": the English translation (en) is missing.", text, StringComparison.Ordinal);
        Assert.Contains("flows/bad.yaml, line 4, column 11, field \"steps[0].goto\": goto \"nowhere\"", text, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderFromConfiguration_IsUsed()
    {
        _folder.Write("ok.yaml", "id: ok\ntitle: { fr: Bien, en: Fine }\nsteps:\n  - end: true\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Brand:ContentDirectory"] = _folder.Directory }).Build();
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "validate"], configuration, output);

        Assert.Equal(0, code);
        Assert.Contains("1 flow(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSubcommand_PrintsUsage()
    {
        var output = new StringWriter();

        var code = await FlowsCommand.RunAsync(["flows", "graph"], Empty, output);

        Assert.Equal(2, code);
        Assert.StartsWith("usage: flows validate", output.ToString(), StringComparison.Ordinal);
    }
}
