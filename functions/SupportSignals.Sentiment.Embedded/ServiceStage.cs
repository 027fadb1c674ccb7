using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SupportSignals.Sentiment.Embedded;

/// <summary>What the rules said of one sentence's service: the learned stage reads it as features and overrides it.</summary>
/// <param name="Cue">A word of the lexicon names the staff, says something of service or tells of a wait: the only
/// sentences where the stage may add a mention the rules did not find.</param>
/// <param name="Strong">A mention found is a word for the staff judged one way in its own clause ("the service is
/// poor"): the stage drops it only past <see cref="ServiceStage.StrongDropThreshold"/>.</param>
/// <param name="Shape">How the rules found the first mention (<see cref="MentionExtractor.Extract(in SentenceContext, ReadOnlySpan{float}, ReadOnlySpan{int}, Evidence, Span{int}, Span{int}, ref List{ServiceMention}?, out int)"/>): what named it and where
/// its judgement came from; 0 for none.</param>
internal readonly record struct RuleReading(bool Mention, Polarity Polarity, ServiceCategory Category, Polarity Sentence, bool Cue = false, bool Strong = false, int Shape = 0);

/// <summary>
/// A small learned second stage for English: multinomial logistic regression over hashed features of the sentence
/// (folded unigrams and bigrams) and of the rules' own reading (mention found, its polarity and category, whether it is strong, the
/// sentence's polarity, the lexicon roles present). It drops a rule mention, re-polarises a neutral one (a reading
/// the rules were unsure of; positive and negative readings are never swapped) or adds one, each only when its
/// probability clears the threshold the trainer chose; the product's weights never add (round analyzer21, see
/// docs/sentiment-rounds.md), so only sentences where the rules found a mention are scored. Trained by
/// tools/SupportSignals.Train on sentences written for it (tools/SupportSignals.Train/data, see NOTICE), never on
/// evaluation data. Scoring is a few table look-ups per token with no allocation; the weights are a resource of
/// this assembly (Model/en-service.bin, generated and committed).
/// <para>The stage holds two weight sets over the same features (round analyzer31): the <b>drop model</b> decides
/// drops (and adds), the <b>flip model</b> decides re-polarisations, so each can be trained on the data that teaches
/// its own decision. The flip model is scored only for a neutral reading that was not dropped; a file with one weight
/// set uses it for both.</para>
/// </summary>
internal sealed class ServiceStage
{
    public const int Bits = 14;
    public const int Size = 1 << Bits;
    /// <summary>None, positive, negative, neutral.</summary>
    public const int Classes = 4;
    public const int None = 0;
    public const int Neutral = 3;
    private const uint Magic = 0x33535353; // "SSS3"
    private const int HeaderSize = 40;
    private const string ResourceName = "SupportSignals.Sentiment.Embedded.Model.en-service.bin";

    private const int WordSalt = 1;
    private const int BigramSalt = 2;
    private const int RuleSalt = 3;
    private const int RoleSalt = 4;
    private const int BiasFeature = 5;
    private const uint Start = 0x2545F491;

    private static readonly LexiconRole[] ReadRoles =
    [
        LexiconRole.ServiceTarget, LexiconRole.ServiceCue, LexiconRole.OtherAspect, LexiconRole.Sarcasm,
        LexiconRole.Negator, LexiconRole.Contrast, LexiconRole.Waiting, LexiconRole.Duration, LexiconRole.Condition,
        LexiconRole.Counterfactual, LexiconRole.CategoryHint,
    ];

    private const LexiconRole Cues = LexiconRole.ServiceTarget | LexiconRole.ServiceCue | LexiconRole.Waiting | LexiconRole.Duration;

    private readonly float[] _weights;
    private readonly float[] _flipWeights;

    // The weights as read from the resource, one signed byte each, and their scale: the product sums these (a quarter
    // of the memory of the floats, so the table stays in cache) and scales once per class. The flip model's are the
    // same arrays when the file holds one weight set.
    private readonly sbyte[]? _quantised;
    private readonly float _scale;
    private readonly sbyte[]? _flipQuantised;
    private readonly float _flipScale;

    /// <summary>A stage with one weight set for drops and re-polarisations alike.</summary>
    /// <param name="strongDropThreshold">The drop threshold of a strong rule mention (<see cref="RuleReading.Strong"/>);
    /// above 1, never.</param>
    public ServiceStage(float[] weights, float dropThreshold, float addThreshold, float flipThreshold, float strongDropThreshold = 1.01f)
        : this(weights, weights, dropThreshold, addThreshold, flipThreshold, strongDropThreshold)
    {
    }

    /// <summary>A stage whose drops (and adds) are decided by <paramref name="dropWeights"/> and whose re-polarisations
    /// by <paramref name="flipWeights"/> (the same array for one model).</summary>
    public ServiceStage(float[] dropWeights, float[] flipWeights, float dropThreshold, float addThreshold, float flipThreshold, float strongDropThreshold = 1.01f)
        : this(dropWeights, flipWeights, dropThreshold, addThreshold, flipThreshold, strongDropThreshold, null, 0f, null, 0f)
    {
    }

    private ServiceStage(
        float[] weights,
        float[] flipWeights,
        float dropThreshold,
        float addThreshold,
        float flipThreshold,
        float strongDropThreshold,
        sbyte[]? quantised,
        float scale,
        sbyte[]? flipQuantised,
        float flipScale)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(flipWeights);
        if (weights.Length != Size * Classes || flipWeights.Length != Size * Classes)
        {
            throw new ArgumentException($"expected {Size * Classes} weights", nameof(weights));
        }
        _weights = weights;
        _flipWeights = flipWeights;
        DropThreshold = dropThreshold;
        AddThreshold = addThreshold;
        FlipThreshold = flipThreshold;
        StrongDropThreshold = strongDropThreshold;
        _quantised = quantised;
        _scale = scale;
        _flipQuantised = flipQuantised;
        _flipScale = flipScale;
    }

    /// <summary>The stage trained into this assembly, or null when the build carries no weights.</summary>
    public static ServiceStage? Shared => SharedHolder.Instance;

    public float DropThreshold { get; }
    public float AddThreshold { get; }
    public float FlipThreshold { get; }

    /// <summary>The drop threshold of a strong rule mention: the rules' plainest reading, a word for the staff judged one
    /// way in its own clause, where the stage's drops were mostly wrong (round analyzer29, docs/sentiment-rounds.md).</summary>
    public float StrongDropThreshold { get; }

    /// <summary>Whether the stage may add a mention the rules did not find (its add threshold can be reached): when
    /// it may not, sentences without a rule mention are not scored at all.</summary>
    public bool Adds => AddThreshold <= 1f;

    /// <summary>The drop model's weights, feature-major: <c>[feature * Classes + class]</c>.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The flip model's weights, laid out as <see cref="Weights"/>.</summary>
    public ReadOnlySpan<float> FlipWeights => _flipWeights;

    /// <summary>Whether re-polarisations are decided by a weight set of their own.</summary>
    public bool SeparateFlipModel => !ReferenceEquals(_weights, _flipWeights);

    /// <summary>At most this many features for a sentence of <paramref name="tokens"/> tokens.</summary>
    public static int MaxFeatures(int tokens) => (2 * tokens) + 33;

    /// <summary>What the rules found in the mentions added since <paramref name="first"/>.</summary>
    public static RuleReading Reading(List<ServiceMention>? mentions, int first, Polarity sentence, bool strong = false, int shape = 0)
    {
        if (mentions is null || mentions.Count <= first)
        {
            return new RuleReading(false, Polarity.Neutral, default, sentence);
        }
        var net = 0.0;
        var mixed = false;
        for (var i = first; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            net += mention.Polarity switch { Polarity.Positive => mention.Confidence, Polarity.Negative => -mention.Confidence, _ => 0 };
            mixed |= mention.Polarity == Polarity.Mixed;
        }
        var polarity = net > 0 ? Polarity.Positive : net < 0 ? Polarity.Negative : mixed ? Polarity.Mixed : Polarity.Neutral;
        return new RuleReading(true, polarity, mentions[first].Category, sentence, Strong: strong, Shape: shape);
    }

    /// <summary>Writes the sentence's feature indices into <paramref name="into"/> (at least
    /// <see cref="MaxFeatures"/> long) and returns how many.</summary>
    public static int Features(in SentenceContext s, ref RuleReading rule, Span<int> into)
    {
        var n = 0;
        into[n++] = Index(BiasFeature, 0);
        var previous = Start;
        LexiconRole roles = 0;
        var tokens = s.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWordLike)
            {
                continue;
            }
            var word = Hash(s.FoldOf(t));
            into[n++] = Index(WordSalt, word);
            into[n++] = Index(BigramSalt, (previous * 0x9E3779B1u) ^ word);
            previous = word;
            if (tokens[t].Entry >= 0 && tokens[t].Span > 0)
            {
                roles |= s.Lexicon[tokens[t].Entry].Roles;
            }
        }
        into[n++] = Index(BigramSalt, (previous * 0x9E3779B1u) ^ Start);
        rule = rule with { Cue = (roles & Cues) != 0 };
        var mention = rule.Mention ? 1u : 0u;
        into[n++] = Index(RuleSalt, mention);
        into[n++] = Index(RuleSalt, 16 + (mention * 8) + (uint)rule.Polarity);
        into[n++] = Index(RuleSalt, 64 + (mention * 8) + (uint)rule.Sentence);
        if (rule.Mention)
        {
            into[n++] = Index(RuleSalt, 128 + (uint)rule.Category);
            into[n++] = Index(RuleSalt, rule.Strong ? 161u : 160u);
            if (rule.Shape > 0)
            {
                // how the rules found it
                into[n++] = Index(RuleSalt, 256 + (uint)rule.Shape);
            }
        }
        for (var r = 0; r < ReadRoles.Length; r++)
        {
            if ((roles & ReadRoles[r]) != 0)
            {
                into[n++] = Index(RoleSalt, (uint)r);
                into[n++] = Index(RoleSalt, 32 + (mention * 32) + (uint)r);
            }
        }
        return n;
    }

    /// <summary>Whether a word of the sentence names the staff, says something of service or tells of a wait.</summary>
    public static bool HasCue(in SentenceContext s)
    {
        for (var t = 0; t < s.Tokens.Length; t++)
        {
            if ((s.RolesOf(t) & Cues) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The drop model's class probabilities for <paramref name="features"/> into <paramref name="probabilities"/>.</summary>
    public void Probabilities(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        if (_quantised is null)
        {
            Probabilities(_weights, features, probabilities);
            return;
        }
        Probabilities(_quantised, _scale, features, probabilities);
    }

    /// <summary>The flip model's class probabilities for <paramref name="features"/> into <paramref name="probabilities"/>.</summary>
    public void FlipProbabilities(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        if (_flipQuantised is null)
        {
            Probabilities(_flipWeights, features, probabilities);
            return;
        }
        Probabilities(_flipQuantised, _flipScale, features, probabilities);
    }

    private static void Probabilities(sbyte[] quantised, float scale, ReadOnlySpan<int> features, Span<float> probabilities)
    {
        int q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        ref var first = ref MemoryMarshal.GetArrayDataReference(quantised);
        foreach (var f in features)
        {
            if ((uint)f >= Size)
            {
                throw new ArgumentOutOfRangeException(nameof(features));
            }
            ref var w = ref Unsafe.Add(ref first, f * Classes);
            q0 += w;
            q1 += Unsafe.Add(ref w, 1);
            q2 += Unsafe.Add(ref w, 2);
            q3 += Unsafe.Add(ref w, 3);
        }
        Softmax(q0 * scale, q1 * scale, q2 * scale, q3 * scale, probabilities);
    }

    public static void Probabilities(ReadOnlySpan<float> weights, ReadOnlySpan<int> features, Span<float> probabilities)
    {
        // one 4-wide add per feature: the four classes' weights of a feature lie side by side
        if (weights.Length < Size * Classes)
        {
            throw new ArgumentException($"expected {Size * Classes} weights", nameof(weights));
        }
        var total = Vector128<float>.Zero;
        ref var first = ref MemoryMarshal.GetReference(weights);
        foreach (var f in features)
        {
            if ((uint)f >= Size)
            {
                throw new ArgumentOutOfRangeException(nameof(features));
            }
            total += Vector128.LoadUnsafe(ref first, (nuint)(f * Classes));
        }
        Softmax(total[0], total[1], total[2], total[3], probabilities);
    }

    private static void Softmax(float s0, float s1, float s2, float s3, Span<float> probabilities)
    {
        var max = MathF.Max(MathF.Max(s0, s1), MathF.Max(s2, s3));
        var e0 = MathF.Exp(s0 - max);
        var e1 = MathF.Exp(s1 - max);
        var e2 = MathF.Exp(s2 - max);
        var e3 = MathF.Exp(s3 - max);
        var sum = e0 + e1 + e2 + e3;
        probabilities[0] = e0 / sum;
        probabilities[1] = e1 / sum;
        probabilities[2] = e2 / sum;
        probabilities[3] = e3 / sum;
    }

    /// <summary>The class the rules' reading amounts to: none, positive, negative or neutral; -1 for mixed.</summary>
    public static int ClassOf(RuleReading rule) => !rule.Mention ? None : rule.Polarity switch
    {
        Polarity.Positive => 1,
        Polarity.Negative => 2,
        Polarity.Neutral => 3,
        _ => -1,
    };

    public static Polarity PolarityOf(int label) => label switch { 1 => Polarity.Positive, 2 => Polarity.Negative, _ => Polarity.Neutral };

    /// <summary>What the stage makes of the rules' class given one set of probabilities for drops and
    /// re-polarisations alike (<see cref="Decide(int, bool, ReadOnlySpan{float}, ReadOnlySpan{float}, bool)"/>).</summary>
    public int Decide(int ruleClass, bool cue, ReadOnlySpan<float> probabilities, bool strong = false) =>
        Decide(ruleClass, cue, probabilities, probabilities, strong);

    /// <summary>What the stage makes of the rules' class: the class to report. A drop (or an add) is decided by the drop
    /// model's probabilities, a re-polarisation by the flip model's. A re-polarisation starts only from a neutral
    /// reading the drop model kept: between positive and negative the two English development files disagreed (one
    /// gained, the other lost; rounds analyzer16 and analyzer21). With the same probabilities for both this is the
    /// one-model stage's rule: the most probable class, taken past its threshold.</summary>
    public int Decide(int ruleClass, bool cue, ReadOnlySpan<float> drop, ReadOnlySpan<float> flip, bool strong = false)
    {
        if (ruleClass < 0)
        {
            return ruleClass;
        }
        var best = Best(drop);
        if (ruleClass == None)
        {
            return best != None && cue && drop[best] >= AddThreshold ? best : ruleClass;
        }
        if (best == None && drop[best] >= (strong ? StrongDropThreshold : DropThreshold))
        {
            return None;
        }
        if (ruleClass != Neutral)
        {
            return ruleClass;
        }
        best = Best(flip);
        return best is not None and not Neutral && flip[best] >= FlipThreshold ? best : ruleClass;
    }

    /// <summary>The class the stage reports for a sentence with these features and this rules' reading (the flip model
    /// is scored only when a re-polarisation is possible).</summary>
    public int Decide(ReadOnlySpan<int> features, RuleReading rule) => Decide(features, ClassOf(rule), rule.Cue, rule.Strong);

    /// <summary>The class the stage reports for a sentence with these features and the rules' class
    /// (<see cref="ClassOf"/>).</summary>
    public int Decide(ReadOnlySpan<int> features, int ruleClass, bool cue, bool strong)
    {
        Span<float> drop = stackalloc float[Classes];
        Span<float> flip = stackalloc float[Classes];
        Probabilities(features, drop);
        if (ruleClass == Neutral && SeparateFlipModel)
        {
            FlipProbabilities(features, flip);
        }
        else
        {
            drop.CopyTo(flip);
        }
        return Decide(ruleClass, cue, drop, flip, strong);
    }

    private static int Best(ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var c = 1; c < Classes; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>Drops, adds or re-polarises the sentence's mentions (those from <paramref name="first"/> on).</summary>
    public void Apply(in SentenceContext s, RuleReading rule, ReadOnlySpan<int> features, ref List<ServiceMention>? mentions, int first)
    {
        var ruleClass = ClassOf(rule);
        var decided = Decide(features, rule);
        if (decided == ruleClass)
        {
            return;
        }
        if (decided == None)
        {
            mentions!.RemoveRange(first, mentions.Count - first);
            return;
        }
        if (ruleClass == Neutral && s.Asks)
        {
            // "Does the support team work on weekends?": a question the rules read without a verdict asks (round analyzer63)
            return;
        }
        var polarity = PolarityOf(decided);
        if (ruleClass != None)
        {
            for (var i = first; i < mentions!.Count; i++)
            {
                mentions[i] = mentions[i] with { Polarity = polarity };
            }
            return;
        }
        mentions ??= new List<ServiceMention>(1);
        Span<float> probabilities = stackalloc float[Classes];
        Probabilities(features, probabilities);
        mentions.Add(Added(s, polarity, probabilities[decided]));
    }

    /// <summary>A mention the rules missed: its span is the first word for the staff or for service in the sentence,
    /// else the whole sentence.</summary>
    private static ServiceMention Added(in SentenceContext s, Polarity polarity, float probability)
    {
        var tokens = s.Tokens;
        int first = 0, last = tokens.Length - 1;
        var category = ServiceCategory.Friendliness;
        var found = -1;
        for (var t = 0; t < tokens.Length && found < 0; t++)
        {
            if ((s.RolesOf(t) & LexiconRole.ServiceTarget) != 0)
            {
                found = t;
            }
        }
        for (var t = 0; t < tokens.Length && found < 0; t++)
        {
            if ((s.RolesOf(t) & LexiconRole.ServiceCue) != 0)
            {
                found = t;
            }
        }
        if (found >= 0)
        {
            first = found;
            last = found + Math.Max((int)tokens[found].Span, 1) - 1;
            category = s.Lexicon[tokens[found].Entry].Category;
        }
        var start = tokens[first].Start;
        var text = new string(s.Text[start..tokens[last].End]);
        return new ServiceMention(text, start, text.Length, polarity, Math.Round(0.6 * probability, 3), category, text);
    }

    /// <summary>Writes the header (40 bytes: "SSS3", bits, classes, the drop, add and flip thresholds, the drop model's
    /// scale, the strong drop threshold, the flip model's scale, the number of weight sets) and one signed byte per
    /// weight, the drop model's and then, when it has one of its own, the flip model's.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var scale = ScaleOf(_weights);
        var flipScale = ScaleOf(_flipWeights);
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Bits);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Classes);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], DropThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], AddThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[20..], FlipThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[24..], scale);
        BinaryPrimitives.WriteSingleLittleEndian(header[28..], StrongDropThreshold);
        BinaryPrimitives.WriteSingleLittleEndian(header[32..], flipScale);
        BinaryPrimitives.WriteInt32LittleEndian(header[36..], SeparateFlipModel ? 2 : 1);
        stream.Write(header);
        WriteBody(stream, _weights, scale);
        if (SeparateFlipModel)
        {
            WriteBody(stream, _flipWeights, flipScale);
        }
    }

    private static float ScaleOf(float[] weights)
    {
        var max = 0f;
        foreach (var w in weights)
        {
            max = MathF.Max(max, MathF.Abs(w));
        }
        return max == 0 ? 1f : max / 127f;
    }

    private static void WriteBody(Stream stream, float[] weights, float scale)
    {
        var body = new byte[weights.Length];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = (byte)(sbyte)Math.Clamp(MathF.Round(weights[i] / scale), -127f, 127f);
        }
        stream.Write(body);
    }

    public static ServiceStage Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        var sets = BinaryPrimitives.ReadInt32LittleEndian(header[36..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Bits
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Classes
            || sets is not (1 or 2))
        {
            throw new InvalidDataException("not a service stage of this shape");
        }
        var scale = BinaryPrimitives.ReadSingleLittleEndian(header[24..]);
        var (weights, quantised) = ReadBody(stream, scale);
        var flipScale = scale;
        var (flipWeights, flipQuantised) = (weights, quantised);
        if (sets == 2)
        {
            flipScale = BinaryPrimitives.ReadSingleLittleEndian(header[32..]);
            (flipWeights, flipQuantised) = ReadBody(stream, flipScale);
        }
        return new ServiceStage(
            weights,
            flipWeights,
            BinaryPrimitives.ReadSingleLittleEndian(header[12..]),
            BinaryPrimitives.ReadSingleLittleEndian(header[16..]),
            BinaryPrimitives.ReadSingleLittleEndian(header[20..]),
            BinaryPrimitives.ReadSingleLittleEndian(header[28..]),
            quantised,
            scale,
            flipQuantised,
            flipScale);
    }

    private static (float[] Weights, sbyte[] Quantised) ReadBody(Stream stream, float scale)
    {
        var body = new byte[Size * Classes];
        stream.ReadExactly(body);
        var weights = new float[body.Length];
        var quantised = new sbyte[body.Length];
        for (var i = 0; i < body.Length; i++)
        {
            quantised[i] = (sbyte)body[i];
            weights[i] = quantised[i] * scale;
        }
        return (weights, quantised);
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    private static int Index(int salt, uint value)
    {
        var h = value ^ ((uint)salt * 0x85EBCA6Bu);
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return (int)(h & (Size - 1));
    }

    private static class SharedHolder
    {
        public static readonly ServiceStage? Instance = Load();

        private static ServiceStage? Load()
        {
            using var stream = typeof(ServiceStage).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : Read(stream);
        }
    }
}
