namespace Majordome.Dialogs.Recognition;

/// <summary>What a customer asks about the data kept about them.</summary>
public enum PrivacyRequestKind
{
    /// <summary>"What data do you have about me?": a summary of what is kept.</summary>
    SeeMyData,

    /// <summary>"Delete my data": erasure, confirmed first.</summary>
    EraseMyData,
}
