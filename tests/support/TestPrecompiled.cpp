// The program that precompiles tests/support/TestPrecompiled.h for one kind of test (cmake/PulseDeskTesting.cmake).
// It is compiled exactly as that kind of test is, so that its precompiled header fits them; it is never run.
int main()
{
    return 0;
}
