using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The image, attachment question and call steps, and a flow's menu place, each mistake at its file, line and column with a fix.</summary>
public sealed class FlowNewStepsValidationTests : IDisposable
{
    private const string File = "flows/repair.yaml";
    private const string Head = "id: repair\ntitle: { fr: Réparation, en: Repair }\nsteps:\n";

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Image_HttpsAndBrandPicture_AreRead()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(_folder.Directory, "images", "machines"));
        System.IO.File.WriteAllBytes(Path.Combine(_folder.Directory, "images", "machines", "barista.jpg"), [0xFF, 0xD8]);
        var result = _folder.Write("repair.yaml", Head + """
              - image: https://images.example.com/a.png
                alt: { fr: Une machine, en: A machine }
              - image: /media/machines/barista.jpg
                alt: { fr: La Barista, en: The Barista }
            """).Load();

        Assert.Empty(result.Problems);
        var steps = Assert.Single(result.Flows).Steps.Cast<ImageStep>().ToList();
        Assert.Equal(("image/png", "/media/machines/barista.jpg", "The Barista"), (steps[0].ContentType, steps[1].Url, steps[1].Alt.En));
    }

    [Fact]
    public void Image_PlainHttp_IsRefusedAtItsAddress()
    {
        _folder.Write("repair.yaml", Head + """
              - image: http://images.example.com/a.jpg
                alt: { fr: Une machine, en: A machine }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 12, "steps[0].image", "is a plain http:// address: Messenger, Instagram and WhatsApp fetch pictures over https only");
    }

    [Fact]
    public void Image_MissingBrandPicture_SaysDidYouMean()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(_folder.Directory, "images", "machines"));
        System.IO.File.WriteAllBytes(Path.Combine(_folder.Directory, "images", "machines", "barista.jpg"), [0xFF, 0xD8]);
        _folder.Write("repair.yaml", Head + """
              - image: /media/machines/baristaa.jpg
                alt: { fr: La Barista, en: The Barista }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 12, "steps[0].image", "there is no picture machines/baristaa.jpg in the brand's images folder: add the file there, or correct the name. Did you mean \"/media/machines/barista.jpg\"?");
    }

    [Fact]
    public void Image_FolderPath_SaysHowToWriteIt()
    {
        _folder.Write("repair.yaml", Head + """
              - image: brand/media/machines/barista.jpg
                alt: { fr: La Barista, en: The Barista }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 12, "steps[0].image", "as /media/machines/barista.jpg");
    }

    [Fact]
    public void Image_WithoutAltText_IsRefused()
    {
        _folder.Write("repair.yaml", Head + """
              - image: https://images.example.com/a.jpg
            """);

        Assert.Contains("\"alt\" is missing: say what the picture shows, in French (fr) and English (en)", _folder.SingleProblem().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_AltTextInOneLanguageOnly_IsRefused()
    {
        _folder.Write("repair.yaml", Head + """
              - image: https://images.example.com/a.jpg
                alt: { fr: Une machine }
            """);

        Assert.Equal(5, _folder.SingleProblem().Line);
    }

    [Fact]
    public void AttachmentQuestion_SetsItsVariableAndItsType()
    {
        var result = _folder.Write("repair.yaml", Head + """
              - ask: attachment
                var: photo
                prompt: { fr: Une photo ?, en: A photo? }
              - say: { fr: "{photo} {photo_type}", en: "{photo} {photo_type}" }
            """).Load();

        Assert.Empty(result.Problems);
        Assert.Equal(AskKind.Attachment, Assert.IsType<AskStep>(Assert.Single(result.Flows).Steps[0]).Kind);
    }

    [Fact]
    public void AttachmentQuestion_Misspelt_SaysDidYouMean()
    {
        _folder.Write("repair.yaml", Head + """
              - ask: attachement
                var: photo
                prompt: { fr: Une photo ?, en: A photo? }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 10, "steps[0].ask", "did you mean \"attachment\"?");
    }

    [Fact]
    public void Call_MissingFlow_SaysDidYouMean()
    {
        _folder.Write("warranty.yaml", "id: warranty-check\ntitle: { fr: Garantie, en: Warranty }\nsteps:\n  - say: { fr: Oui, en: Yes }\n");
        _folder.Write("repair.yaml", Head + """
              - call: warranty-chek
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].call", "call \"warranty-chek\": there is no flow with this id. Call the id of a flow in the flows folder (a built-in conversation such as book is reached with goto). Did you mean \"warranty-check\"?");
    }

    [Fact]
    public void Call_InputTheFlowDoesNotTake_SaysWhichItTakes()
    {
        _folder.Write("warranty.yaml", "id: warranty-check\ntitle: { fr: Garantie, en: Warranty }\ninputs: [machine]\nsteps:\n  - say: { fr: \"{machine}\", en: \"{machine}\" }\n");
        _folder.Write("repair.yaml", Head + """
              - call: warranty-check
                with: { machin: Barista }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 21, "steps[0].with.machin", "warranty-check does not take \"machin\": it takes the inputs machine. Add machin to the inputs: of warranty-check, or remove it here. Did you mean \"machine\"?");
    }

    [Fact]
    public void Call_ReturnsAVariableTheFlowDoesNotSet_IsRefused()
    {
        _folder.Write("warranty.yaml", "id: warranty-check\ntitle: { fr: Garantie, en: Warranty }\nsteps:\n  - set: covered\n    value: \"true\"\n");
        _folder.Write("repair.yaml", Head + """
              - call: warranty-check
                returns: [coverd]
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 15, "steps[0].returns[0]", "warranty-check does not set \"coverd\" on every path to its end");
    }

    [Fact]
    public void Call_InputIsSetInTheCalledFlow_AndAReturnedVariableInTheCaller()
    {
        _folder.Write("warranty.yaml", "id: warranty-check\ntitle: { fr: Garantie, en: Warranty }\ninputs: [machine]\nsteps:\n  - set: covered\n    value: machine == \"Barista\"\n");
        var result = _folder.Write("repair.yaml", Head + """
              - call: warranty-check
                with: { machine: Barista }
                returns: [covered]
              - if: covered
                then:
                  - say: { fr: Couverte, en: Covered }
            """).Load();

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Call_Cycle_IsRefusedInEachFlowWithThePath()
    {
        _folder.Write("a.yaml", "id: flow-a\ntitle: { fr: A, en: A }\nsteps:\n  - call: flow-b\n");
        _folder.Write("b.yaml", "id: flow-b\ntitle: { fr: B, en: B }\nsteps:\n  - call: flow-a\n");

        var problems = _folder.Load().Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.File == "flows/a.yaml" && p.Message.Contains("this call never ends: flow-a → flow-b → flow-a", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "flows/b.yaml" && p.Message.Contains("this call never ends: flow-b → flow-a → flow-b", StringComparison.Ordinal));
    }

    [Fact]
    public void Call_Itself_IsRefused()
    {
        _folder.Write("repair.yaml", Head + "  - call: repair\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].call", "this call never ends: repair → repair");
    }

    [Fact]
    public void Call_ChainDeeperThanTheLimit_IsRefused()
    {
        for (var i = 1; i <= FlowDialog.MaxCallDepth; i++)
        {
            _folder.Write($"f{i}.yaml", $"id: f{i}\ntitle: {{ fr: F, en: F }}\nsteps:\n  - call: f{i + 1}\n");
        }

        _folder.Write($"f{FlowDialog.MaxCallDepth + 1}.yaml", $"id: f{FlowDialog.MaxCallDepth + 1}\ntitle: {{ fr: F, en: F }}\nsteps:\n  - say: {{ fr: Fin, en: End }}\n");

        var problem = _folder.SingleProblem();

        Assert.Equal("flows/f1.yaml", problem.File);
        Assert.Contains($"this chain of calls is {FlowDialog.MaxCallDepth + 1} flows deep", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("2.5")]
    public void Loop_LimitOutOfRange_IsRefused(string times)
    {
        _folder.Write("repair.yaml", Head + $"  - loop: {times}\n    steps:\n      - say: {{ fr: Oui, en: Yes }}\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].loop", "loop takes the most times its steps run, a whole number from 1 to 20");
    }

    [Fact]
    public void Loop_UntilReadsWhatItsStepsSet_AndAMisspeltVariableSaysDidYouMean()
    {
        _folder.Write("repair.yaml", Head + """
              - loop: 3
                until: answr == "oui"
                steps:
                  - ask: text
                    var: answer
                    prompt: { fr: Prêt ?, en: Ready? }
            """);

        ProblemAssert.At(_folder.SingleProblem(), File, 5, 12, "steps[0].until", "the variable \"answr\" is used before it is set: ask for it (var: answr) or set it in an earlier step, on every path to this one. Did you mean \"answer\"?");
    }

    [Fact]
    public void Loop_WithoutSteps_IsRefused()
    {
        _folder.Write("repair.yaml", Head + "  - loop: 3\n");

        Assert.Contains("\"steps\" is missing: list the steps to repeat", _folder.SingleProblem().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2s", 2000)]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5000)]
    public void Wait_Short_IsRead(string written, int milliseconds)
    {
        var result = _folder.Write("repair.yaml", Head + $"  - wait: {written}\n").Load();

        Assert.Empty(result.Problems);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), Assert.IsType<WaitStep>(Assert.Single(Assert.Single(result.Flows).Steps)).Duration);
    }

    [Theory]
    [InlineData("1d", 24 * 60)]
    [InlineData("2h", 120)]
    [InlineData("3w", 3 * 7 * 24 * 60)]
    [InlineData("1.5d", 36 * 60)]
    [InlineData("30min", 30)]
    [InlineData("30m", 30)]
    [InlineData("90d", 90 * 24 * 60)]
    public void Wait_MinutesToDays_IsReadAsAWaitThatParksTheFlow(string written, int minutes)
    {
        var result = _folder.Write("repair.yaml", Head + $"  - wait: {written}\n").Load();

        Assert.Empty(result.Problems);
        var wait = Assert.IsType<WaitStep>(Assert.Single(Assert.Single(result.Flows).Steps));
        Assert.Equal((TimeSpan.FromMinutes(minutes), true), (wait.Duration, wait.Parks));
    }

    [Theory]
    [InlineData("91d", "13w")]
    [InlineData("100d", "100d")]
    [InlineData("14w", "14w")]
    public void Wait_PastNinetyDays_IsRefused_PointingToTheScheduleStep(string written, string after)
    {
        _folder.Write("repair.yaml", Head + $"  - wait: {written}\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].wait", $"a wait of {written} is longer than the 90 days a flow may wait. To write to the customer later than that, use a schedule step: - schedule: {{ say: {{ fr: …, en: … }}, after: {after} }} (see the README's \"schedule\").");
    }

    [Theory]
    [InlineData("2mo")]
    [InlineData("1mo")]
    public void Wait_InMonths_PointsToDaysOrTheScheduleStep(string written)
    {
        _folder.Write("repair.yaml", Head + $"  - wait: {written}\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].wait", $"a wait is not written in months (mo), whose length varies: write days, such as wait: 30d (at most 90d), or, to write to the customer months later, a schedule step with after: {written}.");
    }

    [Fact]
    public void Wait_SecondsPastTheLimit_SaysTheLimit()
    {
        _folder.Write("repair.yaml", Head + "  - wait: 10s\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].wait", "a wait of 10s is longer than the 5s a flow may pause inside the customer's turn, and shorter than the minute from which it waits outside it: use at most 5s (such as wait: 2s), or at least 1min.");
    }

    [Fact]
    public void Wait_NotADuration_SaysHowToWriteIt()
    {
        _folder.Write("repair.yaml", Head + "  - wait: deux secondes\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 11, "steps[0].wait", "\"deux secondes\" is not a wait: write a pause of seconds, such as wait: 2s (at most 5s), or a longer wait in minutes, hours, days or weeks, such as wait: 3h or wait: 2d (at most 90d).");
    }

    [Fact]
    public void Menu_IsRead_WithTheFlowsTitleByDefault()
    {
        var result = _folder.Write("gift.yaml", """
            id: gift
            title: { fr: Idée cadeau, en: Gift idea }
            menu:
              order: 4
              ice-breaker: { fr: Une idée cadeau ?, en: Looking for a gift? }
            steps:
              - say: { fr: Oui, en: Yes }
            """).Load();

        Assert.Empty(result.Problems);
        var menu = Assert.Single(result.Flows).Menu!;
        Assert.Equal((4, "Gift idea", true, true, "Looking for a gift?"), (menu.Order, menu.Title.En, menu.InMenu, menu.InPersistentMenu, menu.IceBreaker?.En));
    }

    [Fact]
    public void Menu_IceBreakersWithoutAQuestion_IsRefused()
    {
        _folder.Write("gift.yaml", """
            id: gift
            title: { fr: Idée cadeau, en: Gift idea }
            menu:
              order: 4
              show-in: [ice-breakers]
            steps:
              - say: { fr: Oui, en: Yes }
            """);

        ProblemAssert.At(_folder.SingleProblem(), "flows/gift.yaml", 5, 12, "menu.show-in", "an ice breaker is a question the customer taps: add ice-breaker:");
    }

    [Fact]
    public void Menu_UnknownSurface_SaysDidYouMean()
    {
        _folder.Write("gift.yaml", """
            id: gift
            title: { fr: Idée cadeau, en: Gift idea }
            menu:
              order: 4
              show-in: [persistant-menu]
            steps:
              - say: { fr: Oui, en: Yes }
            """);

        ProblemAssert.At(_folder.SingleProblem(), "flows/gift.yaml", 5, 13, "menu.show-in[0]", "Did you mean \"persistent-menu\"?");
    }

    [Fact]
    public void Menu_TitleLongerThanThePersistentMenuTakes_IsRefused_AndLongerThanAButton_Warned()
    {
        _folder.Write("gift.yaml", """
            id: gift
            title: { fr: Trouver l'idée cadeau parfaite pour Noël, en: Gift ideas for everyone }
            menu:
              order: 4
            steps:
              - say: { fr: Oui, en: Yes }
            """);

        var result = _folder.Load();

        var problem = Assert.Single(result.Problems);
        Assert.Contains("Messenger's persistent menu shows at most 30", problem.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("a button shows at most 20", StringComparison.Ordinal) && w.Message.Contains("Gift ideas for everyone", StringComparison.Ordinal));
    }

    [Fact]
    public void Menu_MoreIceBreakersThanMessengerShows_RefusesThoseAfterTheFourth()
    {
        for (var i = 1; i <= 5; i++)
        {
            _folder.Write($"f{i}.yaml", $"id: f{i}\ntitle: {{ fr: F{i}, en: F{i} }}\nmenu:\n  order: {10 + i}\n  show-in: [ice-breakers]\n  ice-breaker: {{ fr: Q{i} ?, en: Q{i}? }}\nsteps:\n  - say: {{ fr: Oui, en: Yes }}\n");
        }

        var problem = _folder.SingleProblem();

        Assert.Equal("flows/f5.yaml", problem.File);
        Assert.Contains("5 flows ask for a place in the ice breakers, 4 fit (Messenger shows at most 4 ice breakers): f5 comes after f1, f2, f3, f4 by order", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Menu_MoreFlowsThanTheMainMenuHolds_IsRefused()
    {
        for (var i = 1; i <= FlowPlacementCheck.MaxMenuFlows + 1; i++)
        {
            _folder.Write($"f{i}.yaml", $"id: f{i}\ntitle: {{ fr: F{i}, en: F{i} }}\nmenu:\n  order: {10 + i}\n  show-in: [menu]\nsteps:\n  - say: {{ fr: Oui, en: Yes }}\n");
        }

        var problem = _folder.SingleProblem();

        Assert.Equal($"flows/f{FlowPlacementCheck.MaxMenuFlows + 1}.yaml", problem.File);
        Assert.Contains("fit (WhatsApp shows a menu as a list of at most 10 rows", problem.Message, StringComparison.Ordinal);
    }
}
