namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// Words too common to tell questions apart, per language (normalized: no accents). "Comment" is not among them:
/// it tells the way to do something ("comment retourner un produit ?") from whether it can be done ("puis-je
/// retourner un produit ?"), two FAQ entries that share every other word. ("How" stays one: English says "how
/// long", "how much" and "how many" of everything.)
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> French =
    [
        .. "a au aux avec ce ces c cet cette d dans de des du elle en est et il ils j je l la le les leur lui ma me mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur ta te tes toi ton tu un une vos votre vous y est suis sont etes avez ai as a ont etre avoir fait faire peut peux puis pouvez quoi quel quelle quels quelles bonjour merci svp stp plait il vous est ce ca cela si plus tres bien veux voudrais voudrait voudrions aimerais aimerait souhaite souhaiterais besoin quelque chose".Split(' '),
    ];

    private static readonly HashSet<string> English =
    [
        .. "a an and are as at be by can could do does for from have has how i i m in is it its me my of on or our please should so that the their them there this to us was we what when where which who why will with would you your hi hello thanks thank want wanted like need get something anything".Split(' '),
    ];

    /// <summary>True when the normalized word carries no meaning for retrieval in <paramref name="language"/>.</summary>
    public static bool Contains(string word, string language) =>
        (language == Localization.Languages.English ? English : French).Contains(word);
}
