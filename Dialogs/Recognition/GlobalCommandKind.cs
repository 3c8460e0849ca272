namespace Majordome.Dialogs.Recognition;

/// <summary>The commands a customer can give at any moment of a conversation.</summary>
public enum GlobalCommandKind
{
    /// <summary>Help about the current question.</summary>
    Help,

    /// <summary>Stop what is going on.</summary>
    Cancel,

    /// <summary>Restart the current flow from its first question.</summary>
    StartOver,

    /// <summary>Go back to the previous question to change the answer.</summary>
    Back,

    /// <summary>Show the main menu.</summary>
    Menu,

    /// <summary>Continue in French.</summary>
    SwitchToFrench,

    /// <summary>Continue in English.</summary>
    SwitchToEnglish,

    /// <summary>Talk to a person.</summary>
    Human,

    /// <summary>A greeting alone ("bonjour", "hello"): greet back and carry on where the conversation was.</summary>
    Greeting,
}
