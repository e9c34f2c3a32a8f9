#nullable enable

namespace CodeExecGen
{
    /// <summary>
    /// Marks a member whose value is only what it promises when another member, its guard, holds one of
    /// the success values; <c>CodeExecutionResult.Output</c> is stdout only when <c>Outcome</c> is
    /// <c>Ok</c>. The CodeExecGen analyzers warn where a guarded member is read without checking its
    /// guard (CEG1001) or with a check that also lets other values through (CEG1002). Put it on your
    /// own types too.
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class GuardedByAttribute : global::System.Attribute
    {
        /// <summary>Declares the guard and the values of it that mean success.</summary>
        /// <param name="guard">The name of the guard member (use <c>nameof</c>); an enum property or field of the same type.</param>
        /// <param name="successValues">The guard's values for which the guarded member can be used.</param>
        public GuardedByAttribute(string guard, params object[] successValues)
        {
            Guard = guard;
            SuccessValues = successValues;
        }

        /// <summary>The name of the guard member.</summary>
        public string Guard { get; }

        /// <summary>The guard's values that mean success.</summary>
        public object[] SuccessValues { get; }
    }
}
