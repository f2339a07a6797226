// COMPILE-ONLY DESCRIPTION of the public Pulumi .NET API (NuGet package "Pulumi" 3.x) that generated SDK code uses.
// The real package cannot be restored here, so SdkGen.Tests compiles generated code against this stub instead.
// Signatures follow pulumi/pulumi-dotnet (sdk/Pulumi); every body throws. Never ship or run this code.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    public static partial class Output
    {
        public static Output<T> Create<T>(T value) => throw null!;

        public static Output<T> Create<T>(Task<T> value) => throw null!;

        public static Output<T> CreateSecret<T>(T value) => throw null!;

        public static Output<T> CreateSecret<T>(Task<T> value) => throw null!;

        public static Output<T> CreateSecret<T>(Output<T> value) => throw null!;

        public static Output<T> Unsecret<T>(Output<T> output) => throw null!;

        public static Task<bool> IsSecretAsync<T>(Output<T> output) => throw null!;

        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => throw null!;

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs) => throw null!;

        public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => throw null!;

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs) => throw null!;

        public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2) => throw null!;

        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) => throw null!;

        public static Output<string> Format(FormattableString formattableString) => throw null!;
    }

    public sealed class Output<T>
    {
        private Output() => throw null!;

        public static Output<T> Create(Task<T> value) => throw null!;

        public Output<U> Apply<U>(Func<T, U> func) => throw null!;

        public Output<U> Apply<U>(Func<T, Task<U>> func) => throw null!;

        public Output<U> Apply<U>(Func<T, Input<U>?> func) => throw null!;

        public Output<U> Apply<U>(Func<T, Output<U>?> func) => throw null!;
    }
}
