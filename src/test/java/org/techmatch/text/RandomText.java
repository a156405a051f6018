package org.techmatch.text;

import java.util.Random;

/** Random strings biased towards the scripts and oddities our analyzers actually meet. */
final class RandomText {

  private static final String SAMPLES =
      "锂离子电池固态质子交换膜机器视觉碳纤维石墨烯小站稻盐碱地ＰＬＣ，。、；：！？（）《》“”—…·"
          + "abcXYZ0129-_.+/#%℃①㎏ｶﾞ\u3000\u00A0\u200B\uFEFF \t\n";

  private RandomText() {}

  /** Anything Java strings can hold, including lone surrogates and unassigned code points. */
  static String unicode(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(SAMPLES.charAt(random.nextInt(SAMPLES.length())));
        case 1 -> text.append((char) random.nextInt(0x10000));
        case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        default -> text.append((char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
      }
    }
    return text.toString();
  }
}
