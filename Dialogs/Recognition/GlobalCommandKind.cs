namespace Majordome.Dialogs.Recognition;

/// <summary>A command the customer can give at any point of a conversation, whatever question is pending.</summary>
public enum GlobalCommandKind
{
    /// <summary>"aide", "help", "?", "je ne comprends pas", "what can you do".</summary>
    Help,

    /// <summary>"annuler", "stop", "laisse tomber", "cancel", "never mind": leave the current task.</summary>
    Cancel,

    /// <summary>"recommencer", "on recommence", "start over", "restart": begin the current task again.</summary>
    StartOver,

    /// <summary>"retour", "question précédente", "back", "previous": return to the previous question.</summary>
    Back,

    /// <summary>"menu", "menu principal", "accueil", "main menu", "home".</summary>
    Menu,

    /// <summary>"en français", "français", "French please", "in French".</summary>
    SwitchToFrench,

    /// <summary>"en anglais", "anglais", "English please", "in English".</summary>
    SwitchToEnglish,

    /// <summary>"un conseiller", "parler à quelqu'un", "human", "talk to a person": hand over to a person.</summary>
    Human,

    /// <summary>"bonjour", "hello", "salut" alone: greet back and carry on where the conversation was.</summary>
    Greeting,
}
