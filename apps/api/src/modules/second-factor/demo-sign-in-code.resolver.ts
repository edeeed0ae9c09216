import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import { DemoSignInCodeService } from './demo-sign-in-code.service';
import { DemoSignInCodeArgs } from './dto/second-factor.inputs';

@Resolver()
export class DemoSignInCodeResolver {
  constructor(private readonly demo: DemoSignInCodeService) {}

  @Public({ ignoresCredentials: true })
  @Query(() => String, {
    nullable: true,
    description:
      "Demo servers only: the current code of the demo accounts' published authenticator app, for this sign-in's second step. Null anywhere else.",
  })
  demoSignInCode(@Args() args: DemoSignInCodeArgs): Promise<string | null> {
    return this.demo.codeFor(args.challengeToken);
  }
}
