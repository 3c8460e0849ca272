namespace Majordome.Dialogs.Flows;

/// <summary>
/// A flow's steps flattened into a list the waterfall walks with a position: a branch becomes a conditional jump,
/// so the state saved between turns is only a position and the variables.
/// </summary>
internal abstract record FlowInstruction;

internal sealed record StepInstruction(FlowStep Step) : FlowInstruction;

/// <summary>Jumps to <paramref name="Target"/> when <paramref name="Condition"/> is false (or always when it is null).</summary>
internal sealed record JumpInstruction(FlowExpression? Condition, int Target) : FlowInstruction
{
    public int Target { get; set; } = Target;
}

internal static class FlowCompiler
{
    /// <summary>The steps as a flat program; the last instruction ends the flow.</summary>
    public static IReadOnlyList<FlowInstruction> Compile(IReadOnlyList<FlowStep> steps)
    {
        var program = new List<FlowInstruction>();
        Emit(steps, program);
        program.Add(new StepInstruction(new EndStep()));
        return program;
    }

    private static void Emit(IReadOnlyList<FlowStep> steps, List<FlowInstruction> program)
    {
        foreach (var step in steps)
        {
            if (step.Variants is { Count: > 0 } variants)
            {
                // A step for some variants only: jump over it for the others' customers.
                var other = new JumpInstruction(Experiments.FlowVariantSteps.Condition(variants), -1);
                program.Add(other);
                Emit([step with { Variants = null }], program);
                other.Target = program.Count;
                continue;
            }

            if (step is Experiments.VariantSayStep perVariant)
            {
                // A text per variant: one say per variant, each skipped for the other variants' customers.
                Emit(Experiments.FlowVariantSteps.Expand(perVariant), program);
                continue;
            }

            if (step is ActionStep { OnError.Count: > 0 } action)
            {
                // The on-error steps run only when the action failed: jump over them when its ok variable is true.
                program.Add(new StepInstruction(action));
                var skip = new JumpInstruction(FlowExpression.Parse("not " + action.OkVariable), -1);
                program.Add(skip);
                Emit(action.OnError, program);
                skip.Target = program.Count;
                continue;
            }

            if (step is LoopStep loop)
            {
                EmitLoop(loop, program);
                continue;
            }

            if (step is not IfStep branch)
            {
                program.Add(new StepInstruction(step));
                continue;
            }

            var toElse = new JumpInstruction(branch.Condition, -1);
            program.Add(toElse);
            Emit(branch.Then, program);
            var toEnd = new JumpInstruction(null, -1);
            program.Add(toEnd);
            toElse.Target = program.Count;
            Emit(branch.Else, program);
            toEnd.Target = program.Count;
        }
    }

    /// <summary>
    /// A loop: its counter (a variable of its own, named after its place in the program) set to 0, the steps, the
    /// counter counted, then a jump back to the steps unless the until condition holds or the counter reached the
    /// limit. The only backward jump; the limit is what keeps a run from going round forever.
    /// </summary>
    private static void EmitLoop(LoopStep loop, List<FlowInstruction> program)
    {
        var counter = "_loop" + program.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        program.Add(new StepInstruction(new SetStep(counter, FlowExpression.Parse("0"))));
        var top = program.Count;
        Emit(loop.Steps, program);
        program.Add(new StepInstruction(new SetStep(counter, FlowExpression.Parse(counter + " + 1"))));
        var done = counter + " >= " + loop.Times.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stop = loop.Until is null ? done : $"({loop.Until.Text}) or {done}";
        program.Add(new JumpInstruction(FlowExpression.Parse(stop), top));
    }
}
