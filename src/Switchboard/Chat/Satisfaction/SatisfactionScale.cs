namespace Switchboard.Chat.Satisfaction;

/// <summary>
/// The answers a visitor rates a served chat with, and how long after its end they may (settings
/// <c>Chat:SatisfactionLabels</c> and <c>Chat:SatisfactionHours</c>, docs/chat.md).
/// </summary>
public sealed class SatisfactionScale
{
    /// <summary>The scale when none is configured, best first.</summary>
    public static readonly IReadOnlyList<string> DefaultLabels = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"];

    /// <summary>Most answers a scale may have.</summary>
    public const int MaxChoices = 10;

    /// <summary>Longest label: what <see cref="ChatServiceRecord.SatisfactionLabel"/> stores.</summary>
    public const int MaxLabelLength = 64;

    /// <summary>Creates a scale of <paramref name="labels"/> (ids 1, 2, … in order) open for <paramref name="window"/> after a chat ends.</summary>
    public SatisfactionScale(IReadOnlyList<string> labels, TimeSpan window)
    {
        Choices = [.. labels.Select((label, index) => new SatisfactionChoice(index + 1, label))];
        Window = window;
    }

    /// <summary>The answers, in the order the visitor sees them; empty when rating is off.</summary>
    public IReadOnlyList<SatisfactionChoice> Choices { get; }

    /// <summary>How long after a chat ends its visitor may still rate it.</summary>
    public TimeSpan Window { get; }

    /// <summary>Whether visitors are asked at all.</summary>
    public bool Enabled => Choices.Count > 0 && Window > TimeSpan.Zero;

    /// <summary>The answer with <paramref name="id"/>, or null.</summary>
    public SatisfactionChoice? Find(long id) => id >= 1 && id <= Choices.Count ? Choices[(int)id - 1] : null;

    /// <summary>Reads the <c>Chat</c> section; a bad value stops the server at start, naming the setting.</summary>
    public static SatisfactionScale From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Chat");
        var hours = section.GetValue<double?>("SatisfactionHours") ?? 24;
        if (hours < 0 || hours > 24 * 30)
            throw new InvalidOperationException($"Chat:SatisfactionHours must be between 0 (visitors are not asked) and 720, not {hours}.");
        // Bound by hand: the configuration binder would append configured labels to a default array, not replace it.
        var configured = section.GetSection("SatisfactionLabels").GetChildren().Select(c => c.Value?.Trim() ?? "").ToList();
        var labels = configured.Count == 0 ? DefaultLabels : configured;
        if (labels.Count > MaxChoices)
            throw new InvalidOperationException($"Chat:SatisfactionLabels holds at most {MaxChoices} labels, not {labels.Count}.");
        if (labels.FirstOrDefault(l => l.Length is 0 or > MaxLabelLength) is { } bad)
            throw new InvalidOperationException($"Chat:SatisfactionLabels: every label must be 1 to {MaxLabelLength} characters, not \"{bad}\".");
        return new SatisfactionScale(labels, TimeSpan.FromHours(hours));
    }
}
