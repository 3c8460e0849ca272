using Majordome.Dialogs.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The notify-when step read from a flow file, checked against the catalog's skus, each mistake at its file, line, column and field.</summary>
public sealed class FlowNotifyWhenValidationTests : IDisposable
{
    private const string File = "flows/restock.yaml";
    private const string Head = """
        id: restock
        title: { fr: Alerte, en: Alert }
        steps:
          - ask: choice
            var: product
            prompt: { fr: Quel produit ?, en: Which product? }
            options:
              - { value: CAP-MINUIT, title: { fr: Minuit, en: Minuit } }
              - { value: MAC-ESCALE, title: { fr: Escale, en: Escale } }

        """;

    private readonly TempFlowFolder _folder = new();

    public FlowNotifyWhenValidationTests() =>
        System.IO.File.Copy(Path.Combine(RepositoryRoot.BrandDirectory, "catalog.yaml"), Path.Combine(_folder.Directory, "catalog.yaml"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void NotifyWhen_ASkuOfTheCatalog_OrAVariable_IsRead()
    {
        var result = _folder.Write("restock.yaml", Head + """
              - notify-when: { back-in-stock: CAP-MINUIT }
              - notify-when:
                  back-in-stock: "{product}"
                  say: { fr: "Promis, on vous écrit.", en: "Promised, we'll write." }
            """).Load();

        Assert.Empty(result.Problems);
        var steps = Assert.Single(result.Flows).Steps.OfType<NotifyWhenStep>().ToList();
        Assert.Equal(("CAP-MINUIT", null), (steps[0].BackInStock, steps[0].Say?.Fr));
        Assert.Equal(("{product}", "Promised, we'll write."), (steps[1].BackInStock, steps[1].Say?.En));
        Assert.Equal("steps[1]:notify-when", steps[0].Id);
    }

    [Fact]
    public void NotifyWhen_SkuNotInTheCatalog_SaysDidYouMean()
    {
        _folder.Write("restock.yaml", Head + "  - notify-when: { back-in-stock: CAP-MINUI }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 35, "steps[1].notify-when.back-in-stock", "notify-when back-in-stock \"CAP-MINUI\": there is no product with this sku in catalog.yaml. Write the sku of a product, or \"{variable}\" for one the flow asked for. Did you mean \"CAP-MINUIT\"?");
    }

    [Fact]
    public void NotifyWhen_MissingBackInStock_SaysWhatToWrite()
    {
        _folder.Write("restock.yaml", Head + "  - notify-when: { say: { fr: Noté, en: Noted } }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 18, "steps[1].notify-when.back-in-stock", "\"back-in-stock\" is missing: write the sku of the product the customer waits for (such as back-in-stock: CAP-ARPEGGIO), or the variable holding it in quotes (such as back-in-stock: \"{product}\").");
    }

    [Fact]
    public void NotifyWhen_MisspeltField_SaysDidYouMean()
    {
        _folder.Write("restock.yaml", Head + "  - notify-when: { back-in-stock: CAP-MINUIT, sai: { fr: Noté, en: Noted } }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 47, "steps[1].notify-when.sai", "unknown field \"sai\": did you mean \"say\"?");
    }

    [Fact]
    public void NotifyWhen_VariableNeverSet_SaysDidYouMean()
    {
        _folder.Write("restock.yaml", Head + "  - notify-when: { back-in-stock: \"{prodcut}\" }\n");

        var problem = _folder.SingleProblem();

        Assert.Equal((File, 10, "steps[1].notify-when.back-in-stock"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("the variable \"prodcut\" is used before it is set: ask for it (var: prodcut) or set it in an earlier step, on every path to this one. Did you mean \"product\"?", problem.Message);
    }

    [Fact]
    public void NotifyWhen_VariableWithoutQuotes_SaysToQuoteIt()
    {
        _folder.Write("restock.yaml", Head + "  - notify-when: { back-in-stock: {product} }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 10, 35, "steps[1].notify-when.back-in-stock", "a variable is written in quotes here, such as back-in-stock: \"{product}\" (without them, YAML reads {product} as a group of fields).");
    }
}
