namespace Majordome.Tests.Bot.Hosting;

/// <summary>Small flow files the reload tests write, edit and break.</summary>
internal static class ReloadFlows
{
    public static string Quiz(string welcome = "Bienvenue au quiz !", string title = "Quiz", string keyword = "quiz", string kind = "text") => $$"""
        id: quiz
        title: { fr: {{title}}, en: {{title}} }
        triggers:
          keywords: [{{keyword}}]
          payload: QUIZ
        steps:
          - say: { fr: {{welcome}}, en: Welcome to the quiz! }
          - ask: {{kind}}
            var: answer
            prompt: { fr: Votre réponse ?, en: Your answer? }
          - say: { fr: "Merci pour {answer}.", en: "Thanks for {answer}." }
        """;

    public const string Survey = """
        id: survey
        title: { fr: Sondage, en: Survey }
        triggers:
          keywords: [sondage]
        steps:
          - say: { fr: Voici le sondage., en: Here is the survey. }
          - goto: quiz
        """;

    /// <summary>A file whose second step has an unknown kind (line 8, column 5).</summary>
    public const string BrokenQuiz = """
        id: quiz
        title: { fr: Quiz, en: Quiz }
        triggers:
          keywords: [quiz]
          payload: QUIZ
        steps:
          - say: { fr: Nouveau quiz, en: New quiz }
          - jump: nowhere
        """;
}
